// Issue 16's promise, without JavaScript: a designer adds a branch to a live service, a test
// journey catches the mistake and blocks publishing, the designer fixes it and asks for approval,
// a second designer reads the diff and approves, and a citizen who was part-way through on the
// old version finishes on it undisturbed, while a new citizen meets the new branch.
import { test, expect, type Browser, type Page } from '@playwright/test';
import { STAFF_PASSWORD, addStaff, expectAccessible, jsEnabled, uniqueEmail } from './support';

async function staffPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await page.goto('/staff/sign-in?lang=en');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
  await expect(page).not.toHaveURL(/\/staff\/sign-in/);
  return page;
}

async function save(page: Page, action: string) {
  await page.locator(`form[action="${action}"] button[type="submit"]`).last().click();
}

/** A guest starts the service and answers the first question: they are now on the second. */
async function startAsGuest(page: Page, id: string) {
  await page.goto(`/services/${id}?lang=en`);
  await page.locator(`form[action="/services/${id}/start"] button`).click();
  await page.locator('#where-is-the-drain').fill('Outside 12 Mill Lane');
  await page.locator('#journey-form button[value="continue"]').click();
  await expect(page.locator('input[name="how-deep-is-the-water"]').first()).toBeVisible();
}

test('a branch caught by a test journey is fixed, approved by a second designer after the diff, and a citizen mid-journey is not disrupted', async ({ browser }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'the promise is proven without JavaScript; the pages are checked with it in the designer specs');
  test.setTimeout(240_000);
  const n = `${Date.now() % 1000000}`;
  const team = `drains-${n}`;
  const id = `blocked-drain-${n}`;
  const base = `/staff/designer/${id}`;

  // An admin makes a team of this test's own; its designer builds version 1 and publishes it.
  const adminEmail = uniqueEmail('four-eyes-admin');
  addStaff(adminEmail, 'admin');
  const admin = await staffPage(browser, adminEmail);
  await admin.goto('/staff/admin/teams');
  await admin.locator('#team_name').fill(`Drains ${n}`);
  await admin.locator('form[action="/staff/admin/teams"]:has(input[name="action"][value="add"]) button[type="submit"]').click();
  const designerEmail = uniqueEmail('four-eyes-designer');
  addStaff(designerEmail, 'designer', [team]);
  const designer = await staffPage(browser, designerEmail);

  await designer.goto('/staff/designer/new');
  await designer.locator('#name').fill('Report a blocked drain');
  await designer.locator('#id').fill(id);
  const teamChoice = designer.locator(`input[name="team"][value="${team}"]`);
  if (await teamChoice.count()) await teamChoice.check();
  await save(designer, '/staff/designer/new');
  await expect(designer).toHaveURL(new RegExp(`${base}$`));
  await designer.goto(`${base}/details`);
  await designer.locator('#summary').fill('Tell us where water cannot drain away.');
  await designer.locator('input[name="sign_in"][value="guests_allowed"]').check();
  await designer.locator('#declaration').fill('What I have told you is true.');
  await save(designer, `${base}/details`);
  for (const [label, kind] of [['Where is the drain?', 'long_text'], ['How deep is the water?', 'radios']]) {
    await designer.goto(`${base}/questions/new`);
    await designer.locator('#label').fill(label);
    await designer.locator(`input[name="kind"][value="${kind}"]`).check();
    await save(designer, `${base}/questions/new`);
  }
  const depth = `${base}/questions/how-deep-is-the-water`;
  await designer.goto(depth);
  await designer.locator('#options').fill('Ankle deep\nKnee deep');
  await save(designer, depth);

  // A test journey: shallow water reaches check your answers.
  await designer.goto(`${base}/journeys/new`);
  await designer.locator('#name').fill('Shallow water is reported');
  await designer.locator('#answer-where-is-the-drain').fill('Outside 4 High Street');
  await designer.locator('#answer-how-deep-is-the-water').selectOption('ankle-deep');
  await designer.locator('button[value="record"]').click();
  await save(designer, `${base}/journeys/new`);
  await expect(designer).toHaveURL(new RegExp(`${base}/journeys$`));
  await expect(designer.locator('.tag--green')).toHaveCount(1);

  await designer.goto(`${base}/publish`);
  await designer.locator('#confirm').check();
  await save(designer, `${base}/publish`);
  await expect(designer).toHaveURL(new RegExp(`${base}$`));

  // A citizen begins on version 1 and stops at the second question.
  const early = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await startAsGuest(early, id);

  // From now on the team wants a second person to approve.
  await admin.goto(`/staff/designer/teams/${team}`);
  await admin.locator('input[name="needs_approval"][value="yes"]').check();
  await save(admin, `/staff/designer/teams/${team}`);
  await expect(admin).toHaveURL(/\/staff\/designer\/teams$/);

  // Version 2 adds a branch to an exit page, on the wrong option by mistake.
  await designer.goto(base);
  await save(designer, `${base}/draft`);
  await designer.goto(`${base}/exits/new`);
  await designer.locator('#title').fill('Call us straight away');
  await designer.locator('#body').fill('Deep water near a drain can hide an open manhole. Call 029 2087 2087.');
  await save(designer, `${base}/exits/new`);
  const routes = `${depth}/routes`;
  await designer.goto(`${routes}/new?on=how-deep-is-the-water`);
  await designer.locator('input[name="op"][value="equals"]').check();
  await designer.locator('input[name="value"][value="ankle-deep"]').check();
  await designer.locator('input[name="go"][value="exit:call-us-straight-away"]').check();
  await save(designer, `${routes}/new`);

  // The test journey now fails, says where it goes instead, and publishing is refused.
  await designer.goto(`${base}/journeys`);
  await expect(designer.locator('.tag--red')).toHaveCount(1);
  await designer.goto(`${base}/publish`);
  await expect(designer.locator('main')).toContainText('Call us straight away');
  await expect(designer.locator(`form[action="${base}/publish"]`)).toHaveCount(0);
  await expectAccessible(designer, testInfo);

  // The fix: the branch belongs on "Knee deep". The journey passes again; approval is asked for.
  await designer.goto(routes);
  await designer.locator('button[name="action"][value="remove:0"]').click();
  await designer.goto(`${routes}/new?on=how-deep-is-the-water`);
  await designer.locator('input[name="op"][value="equals"]').check();
  await designer.locator('input[name="value"][value="knee-deep"]').check();
  await designer.locator('input[name="go"][value="exit:call-us-straight-away"]').check();
  await save(designer, `${routes}/new`);
  await designer.goto(`${base}/journeys`);
  await expect(designer.locator('.tag--green')).toHaveCount(1);
  await expect(designer.locator('.tag--red')).toHaveCount(0);
  await designer.goto(`${base}/publish`);
  await designer.locator('#confirm').check();
  await save(designer, `${base}/publish`);
  await expect(designer).toHaveURL(new RegExp(`${base}$`));
  // Asking publishes nothing: a new citizen still gets version 1.
  const probe = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await startAsGuest(probe, id);
  await probe.locator('input[name="how-deep-is-the-water"][value="knee-deep"]').check();
  await probe.locator('#journey-form button[value="continue"]').click();
  await expect(probe).toHaveURL(new RegExp(`/services/${id}/check-answers$`));

  // A second designer of the team reads the diff and the journeys' results, and approves.
  const approverEmail = uniqueEmail('four-eyes-approver');
  addStaff(approverEmail, 'designer', [team]);
  const approver = await staffPage(browser, approverEmail);
  await approver.goto('/staff/designer');
  await approver.locator(`a[href="${base}/approval"]`).click();
  await expect(approver.locator('main')).toContainText('Call us straight away');
  await expect(approver.locator('main ins').first()).toBeVisible();
  await expect(approver.locator('main')).toContainText('Shallow water is reported');
  await expectAccessible(approver, testInfo);
  await approver.locator(`form[action="${base}/approval"]:has(input[name="decision"][value="approve"]) button[type="submit"]`).click();
  await expect(approver).toHaveURL(new RegExp(`${base}$`));

  // The citizen who began on version 1 finishes on it: knee-deep water goes on to their answers.
  await early.reload();
  await early.locator('input[name="how-deep-is-the-water"][value="knee-deep"]').check();
  await early.locator('#journey-form button[value="continue"]').click();
  await expect(early).toHaveURL(new RegExp(`/services/${id}/check-answers$`));
  await early.locator(`form[action="/services/${id}/submit"] button`).click();
  await expect(early).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);

  // A citizen who begins now meets the new branch.
  const late = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await startAsGuest(late, id);
  await late.locator('input[name="how-deep-is-the-water"][value="knee-deep"]').check();
  await late.locator('#journey-form button[value="continue"]').click();
  await expect(late.locator('h1')).toHaveText('Call us straight away');
});
