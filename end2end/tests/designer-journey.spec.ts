// The service designer's promise, without JavaScript: a designer builds a service of five
// questions with a branch and an exit, translates it into Welsh, previews it and publishes it; a
// citizen completes it in Welsh; a caseworker of the team finds the request in the queue.
import { test, expect, type Page } from '@playwright/test';
import { STAFF_PASSWORD, addStaff, expectAccessible, jsEnabled, uniqueEmail } from './support';

async function signIn(page: Page, email: string) {
  await page.goto('/staff/sign-in?lang=en');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
}

/** From the start page to check your answers, answering each of the five questions. */
async function answerAll(page: Page, id: string, kind: string) {
  await page.locator(`form[action="/services/${id}/start"] button`).click();
  await page.locator('#where-is-the-rubbish').fill('Behind the library car park');
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator(`input[name="what-kind-of-rubbish-is-it"][value="${kind}"]`).check();
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#how-many-bags-are-there').fill('4');
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#when-did-you-see-it-day').fill('1');
  await page.locator('#when-did-you-see-it-month').fill('11');
  await page.locator('#when-did-you-see-it-year').fill('2026');
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#what-is-your-email-address').fill('resident@example.org');
  await page.locator('#journey-form button[value="continue"]').click();
  await expect(page).toHaveURL(new RegExp(`/services/${id}/check-answers$`));
}

async function save(page: Page, action: string) {
  await page.locator(`form[action="${action}"] button[type="submit"]`).last().click();
}

test('a designer builds, translates, previews and publishes a service that a citizen completes in Welsh', async ({ page, browser }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'the designer is proven without JavaScript; its pages are checked with it in designer.spec.ts');
  test.setTimeout(180_000);
  const designer = uniqueEmail('journey-designer');
  const worker = uniqueEmail('journey-worker');
  addStaff(designer, 'designer', ['parking']);
  addStaff(worker, 'caseworker', ['parking']);
  await signIn(page, designer);
  await expect(page).toHaveURL(/\/staff\/designer$/);

  const id = `fly-tip-${Date.now() % 1000000}`;
  await page.locator('a[href="/staff/designer/new"]').click();
  await page.locator('#name').fill('Report fly-tipping');
  await page.locator('#id').fill(id);
  await save(page, '/staff/designer/new');
  const base = `/staff/designer/${id}`;
  await expect(page).toHaveURL(new RegExp(`${base}$`));

  await page.goto(`${base}/details`);
  await page.locator('#summary').fill('Tell us where rubbish has been dumped.');
  await page.locator('#before_you_start').fill('It takes 2 minutes.');
  await page.locator('input[name="sign_in"][value="guests_allowed"]').check();
  await page.locator('#target_working_days').fill('5');
  await page.locator('#declaration').fill('What I have told you is true.');
  await page.locator('#what_happens_next').fill('We will clear it within 5 working days.');
  await save(page, `${base}/details`);

  const questions: [string, string][] = [
    ['Where is the rubbish?', 'long_text'],
    ['What kind of rubbish is it?', 'radios'],
    ['How many bags are there?', 'whole_number'],
    ['When did you see it?', 'date'],
    ['What is your email address?', 'email'],
  ];
  for (const [label, kind] of questions) {
    await page.goto(`${base}/questions/new`);
    await page.locator('#label').fill(label);
    await page.locator(`input[name="kind"][value="${kind}"]`).check();
    await save(page, `${base}/questions/new`);
  }
  const kindOfRubbish = `${base}/questions/what-kind-of-rubbish-is-it`;
  await page.goto(kindOfRubbish);
  await page.locator('#options').fill('Household rubbish\nBuilding rubble\nChemicals or asbestos');
  await save(page, kindOfRubbish);

  // The branch: chemicals go to an exit page.
  await page.goto(`${base}/exits/new`);
  await page.locator('#title').fill('Call us about dangerous waste');
  await page.locator('#body').fill('Do not touch it. Call 029 2087 2087 at any time.');
  await save(page, `${base}/exits/new`);
  const routes = `${kindOfRubbish}/routes`;
  await page.goto(`${routes}/new?on=what-kind-of-rubbish-is-it`);
  await page.locator('input[name="op"][value="equals"]').check();
  await page.locator('input[name="value"][value="chemicals-or-asbestos"]').check();
  await page.locator('input[name="go"][value="exit:call-us-about-dangerous-waste"]').check();
  await save(page, `${routes}/new`);
  await page.goto(base);
  await expect(page.locator('.error-summary')).toHaveCount(0);

  // Welsh, side by side: every text.
  await page.goto(`${base}/translations/cy`);
  const fields = page.locator('textarea[name^="t:"]');
  const count = await fields.count();
  expect(count).toBeGreaterThan(10);
  for (let n = 0; n < count; n++) {
    const english = await page.locator('.translation__english').nth(n).innerText();
    await fields.nth(n).fill(`Cy: ${english}`);
  }
  await save(page, `${base}/translations/cy`);
  await expect(page).toHaveURL(new RegExp(`${base}/translations$`));

  // Preview: the real journey on the draft, under its banner, to what would be sent; then publish.
  await page.goto(`${base}/preview`);
  await expect(page.locator('h1')).toHaveText('Report fly-tipping');
  await expect(page.locator('.notification-banner')).toBeVisible();
  await answerAll(page, id, 'household-rubbish');
  await page.locator(`form[action="/services/${id}/submit"] button`).click();
  await expect(page.locator('h1')).toHaveText('This is what would be sent');
  await expect(page.locator('pre')).toContainText('household-rubbish');
  await expectAccessible(page, testInfo);
  await page.goto(`${base}/preview?end=1`);
  await page.goto(`${base}/copy`);
  await expectAccessible(page, testInfo);
  await page.goto(`${base}/publish`);
  await page.locator('#confirm').check();
  await save(page, `${base}/publish`);
  await expect(page).toHaveURL(new RegExp(`${base}$`));

  // A citizen, in Welsh.
  const citizen = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await citizen.goto(`/services/${id}?lang=cy`);
  await expect(citizen.locator('h1')).toHaveText('Cy: Report fly-tipping');
  await expect(citizen.locator('main')).toContainText('Cy: It takes 2 minutes.');
  await answerAll(citizen, id, 'building-rubble');
  await expect(citizen.locator('main')).toContainText('Cy: Building rubble');
  await citizen.locator(`form[action="/services/${id}/submit"] button`).click();
  await expect(citizen).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);
  const reference = citizen.url().split('/').pop()!;

  // The team's caseworker finds it.
  const staff = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await signIn(staff, worker);
  await staff.goto(`/staff/requests?service=${id}`);
  await expect(staff.locator('main')).toContainText(reference);
});
