// The admins' webhook pages: the list and its form (with an error, then added by keyboard alone),
// the new endpoint's page with its secret shown once, and turning it off. In every language, with
// JavaScript on and off; axe and the 320 px reflow check on every page on the way.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import {
  LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, plain, ready, signUpAndSignIn, skipLongJourneyWithoutJs, uniqueEmail,
} from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function signInAsAdmin(page: Page, language: string) {
  const email = uniqueEmail(`hooks-${language}`);
  addStaff(email, 'admin');
  await page.goto(`/staff/sign-in?lang=${language}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/staff$/);
}

/** A citizen sends a bulky waste request (the waste team's service). */
async function sendBulkyWaste(page: Page) {
  await signUpAndSignIn(page, uniqueEmail('hooks-citizen'));
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
}

for (const language of LANGUAGES) {
  test(`an admin adds a webhook and turns it off in ${language.name}`, async ({ page }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    test.setTimeout(120_000);
    await signInAsAdmin(page, language.code);
    await page.locator('a[href="/staff/admin/webhooks"]').click();
    await expect(page).toHaveURL(/\/staff\/admin\/webhooks$/);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
    const listTitle = plain(await page.title());
    await check(page, testInfo);

    // Nothing chosen and no address: the errors are listed and each links to its field.
    await page.locator('form[action="/staff/admin/webhooks"] button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page.locator('.error-summary a[href="#url"]')).toBeVisible();
    await expect(page.locator('.error-summary a[href="#events"]')).toBeVisible();
    expect(plain(await page.title())).not.toEqual(listTitle);
    await check(page, testInfo);

    // By keyboard alone: the address, the first event, then the button.
    const url = `https://hooks.example.org/portico/${language.code}/${Date.now()}`;
    await page.locator('#url').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type(url);
    await page.keyboard.press('Tab');
    await expect(page.locator('#events')).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.locator('#events')).toBeChecked();
    for (let n = 0; n < 4; n++) await page.keyboard.press('Tab');
    await expect(page.locator('form[action="/staff/admin/webhooks"] button[type="submit"]')).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page).toHaveURL(/\/staff\/admin\/webhooks\/\d+$/);
    await expect(page.locator('#webhook-secret')).toContainText('whsec_');
    const endpointTitle = plain(await page.title());
    expect(endpointTitle).not.toEqual(listTitle);
    expect(endpointTitle).toContain(url);
    await check(page, testInfo);

    // Shown once: not after a reload.
    await page.reload();
    await expect(page.locator('#webhook-secret')).toHaveCount(0);

    await page.locator('button[name="action"][value="disable"]').click();
    await expect(page).toHaveURL(/\?done=disabled$/);
    await expect(page.locator('button[name="action"][value="enable"]')).toBeVisible();
    await check(page, testInfo);

    await page.goto('/staff/admin/webhooks');
    const link = page.locator(`a[href^="/staff/admin/webhooks/"]`, { hasText: url });
    await expect(link).toBeVisible();
    await check(page, testInfo);

    // Deleting asks first, on a page of its own.
    await link.click();
    await page.locator('button[name="action"][value="delete"]').click();
    await expect(page.locator('input[name="confirm"][value="yes"]')).toHaveCount(1);
    const confirmTitle = plain(await page.title());
    expect(confirmTitle).not.toEqual(endpointTitle);
    expect(confirmTitle).toContain(url);
    await check(page, testInfo);
    await page.locator('form button[name="action"][value="delete"]').click();
    await expect(page).toHaveURL(/\/staff\/admin\/webhooks$/);
    await expect(page.locator(`a[href^="/staff/admin/webhooks/"]`, { hasText: url })).toHaveCount(0);
  });
}

for (const language of LANGUAGES) {
  test(`the delivery log shows a message that could not be delivered, and sends it again, in ${language.name}`, async ({ page, browser }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    test.setTimeout(180_000);
    // An address that cannot be reached from here (.invalid never resolves): the worker tries,
    // fails and records why.
    const admin = await browser.newContext({ javaScriptEnabled: testInfo.project.name !== 'js-off' });
    const staff = await admin.newPage();
    await signInAsAdmin(staff, language.code);
    await staff.goto('/staff/admin/webhooks');
    await staff.locator('#team').selectOption('waste');
    await staff.locator('#url').fill(`https://portico-test.invalid/${language.code}/${Date.now()}`);
    await staff.locator('#events').check();
    await staff.locator('form[action="/staff/admin/webhooks"] button[type="submit"]').click();
    await expect(staff).toHaveURL(/\/staff\/admin\/webhooks\/\d+$/);
    const endpoint = staff.url();

    await sendBulkyWaste(page);

    // The worker is woken by the submission; the row is there at once, its outcome soon after.
    // (Other tests may send waste requests at the same time: their rows may be there too.)
    await staff.goto(endpoint);
    await expect(staff.locator('table tbody tr').first()).toBeVisible();
    await expect(async () => {
      await staff.reload();
      await expect(staff.locator('table tbody tr .tag--yellow, table tbody tr .tag--red').first()).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 30_000 });
    await check(staff, testInfo);

    await staff.locator('table tbody tr button[value="resend"]').first().press('Enter');
    await expect(staff).toHaveURL(/\?done=resent$/);
    await expect(staff.locator('.notification-banner')).toBeVisible();
    await check(staff, testInfo);
    await admin.close();
  });
}
