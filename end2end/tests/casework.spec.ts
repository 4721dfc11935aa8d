// The back office end to end: a citizen sends a request, a caseworker asks for more information,
// the citizen answers, the caseworker approves, and the citizen sees the decision and its reason.
// With JavaScript on and off, and axe on every staff and citizen page on the way.
import { test, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import {
  LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, ready, signUpAndSignIn, uniqueEmail,
} from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function staffPage(browser: Browser, testInfo: TestInfo, language = 'en'): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: testInfo.project.name !== 'js-off' });
  const page = await context.newPage();
  const email = uniqueEmail('caseworker');
  addStaff(email, 'admin');
  await page.goto(`/staff/sign-in?lang=${language}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

async function sendBulkyWaste(page: Page): Promise<string> {
  await page.goto('/services/bulky-waste');
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await page.locator('input[value="sofa"]').check();
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#has-other-items-2').check();
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#address-line1').fill('2 Low Street');
  await page.locator('#address-town').fill('Cardiff');
  await page.locator('#address-postcode').fill('CF10 2AB');
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#location-2').check();
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#date').check();
  await page.locator('#journey-form button[value="continue"]').click();
  await page.locator('#phone').fill('07700 900123');
  await page.locator('#journey-form button[value="continue"]').click();
  await expect(page).toHaveURL(/\/email$/);
  if (await page.locator('#use_profile').count()) {
    await page.locator('#use_profile').check();
  }
  await page.locator('#journey-form button[value="continue"], form[action^="/services/bulky-waste/email"] button').first().click();
  await expect(page).toHaveURL(/\/check-answers$/);
  await page.locator('form[action="/services/bulky-waste/submit"] button').click();
  await expect(page).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);
  return page.url().split('/').pop()!;
}

test('a request is carried from submission to decision, seen by the right people', async ({ page, browser }, testInfo) => {
  test.setTimeout(240_000);
  await signUpAndSignIn(page, uniqueEmail('casework'));
  const reference = await sendBulkyWaste(page);

  const staff = await staffPage(browser, testInfo);
  await check(staff, testInfo);
  await staff.goto('/staff/requests');
  await expect(staff.locator('main')).toContainText(reference);
  await check(staff, testInfo);
  await staff.goto(`/staff/requests?q=${reference}`);
  await staff.locator(`a[href="/staff/requests/${reference}"]`).click();
  await expect(staff.locator('h1')).toContainText(reference);
  await check(staff, testInfo);

  // A decision without a reason is refused, with the error shown.
  await staff.locator('#to').check();
  await staff.locator(`form[action="/staff/requests/${reference}/status"] button`).click();
  await expect(staff.locator('.identity-bar')).toContainText('Being reviewed');
  await staff.locator('input[name="to"][value="approved"]').check();
  await staff.locator(`form[action="/staff/requests/${reference}/status"] button`).click();
  await expect(staff.locator('.error-summary')).toBeVisible();
  await check(staff, testInfo);

  // Ask for more information about where the items will be.
  await staff.goto(`/staff/requests/${reference}`);
  await staff.locator('input[name="questions"][value="location"]').check();
  await staff.locator('#ask_message').fill('Please tell us exactly where the sofa will be.');
  await staff.locator(`form[action="/staff/requests/${reference}/more-information"] button`).click();
  await expect(staff.locator('.identity-bar')).toContainText('Waiting for you');

  // The citizen answers with their earlier answer filled in.
  await page.goto(`/requests/${reference}`);
  await expect(page.locator('main')).toContainText('Please tell us exactly where the sofa will be.');
  await check(page, testInfo);
  await page.locator(`a[href="/requests/${reference}/more-information"]`).click();
  await expect(page.locator('#location-2')).toBeChecked();
  await check(page, testInfo);
  await page.locator('#location').check();
  await page.locator(`form[action="/requests/${reference}/more-information"] button`).click();
  await expect(page).toHaveURL(new RegExp(`/requests/${reference}$`));

  // The caseworker sees old → new and approves with a reason.
  await staff.goto(`/staff/requests/${reference}`);
  await expect(staff.locator('.timeline')).toContainText('→');
  await staff.locator('input[name="to"][value="approved"]').check();
  await staff.locator('#reason').fill('The items are on our list.');
  await staff.locator(`form[action="/staff/requests/${reference}/status"] button`).click();
  await expect(staff.locator('.identity-bar')).toContainText('Approved');

  // The audit trail with its proof is a link on the request's page (docs/audit.md).
  const trailHref = `/staff/requests/${reference}/audit.json`;
  await expect(staff.locator(`a[href="${trailHref}"]`)).toBeVisible();
  const trail = await (await staff.request.get(trailHref)).json();
  expect(trail.links.length).toBeGreaterThan(3);
  expect(trail.checkpoint.signature).toMatch(/^[0-9a-f]{128}$/);

  // The citizen sees the decision and the reason.
  await page.goto(`/requests/${reference}`);
  await expect(page.locator('main')).toContainText('Approved');
  await expect(page.locator('main')).toContainText('The items are on our list.');
  await check(page, testInfo);
  await staff.context().close();
});

for (const language of LANGUAGES) {
  test(`staff pages pass axe in ${language.name}`, async ({ browser }, testInfo) => {
    const staff = await staffPage(browser, testInfo, language.code);
    await check(staff, testInfo);
    for (const path of ['/staff/requests', '/staff/admin/staff', '/staff/admin/teams']) {
      await staff.goto(path);
      await expect(staff.locator('html')).toHaveAttribute('lang', language.code);
      await check(staff, testInfo);
    }
    await staff.context().close();
  });
}
