// Feedback and the open performance figures, in every language with JavaScript on and off: the
// feedback form from a service's footer (an error first, then sent), the thank-you page, the
// public performance page, and the staff's feedback page. axe and the 320 px reflow check on each.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, ready, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

for (const language of LANGUAGES) {
  test(`feedback, the performance figures and the staff's feedback page in ${language.name}`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    // From the footer of a service's page.
    await page.goto(`/services/bulky-waste?lang=${language.code}`);
    await page.locator('footer a[href="/feedback?service=bulky-waste"]').click();
    await expect(page).toHaveURL(/\/feedback\?service=bulky-waste$/);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await check(page, testInfo);

    // Sent without a rating: the error is shown and the text typed stays.
    const text = `Feedback ${language.code} ${Date.now()}`;
    await page.locator('#improve').fill(text);
    await page.locator('form[action="/feedback"] button[type="submit"]').click();
    await expect(page.locator('.error-summary a[href="#rating"]')).toBeVisible();
    await expect(page.locator('#improve')).toHaveValue(text);
    await check(page, testInfo);

    // By keyboard: the first rating, then send.
    await page.locator('#rating').focus();
    await page.keyboard.press('Space');
    await page.locator('form[action="/feedback"] button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/feedback\/thanks\?service=bulky-waste$/);
    await expect(page.locator('h1')).toBeVisible();
    await check(page, testInfo);

    // The public figures, from the footer.
    await page.locator('footer a[href="/performance"]').click();
    await expect(page).toHaveURL(/\/performance$/);
    await expect(page.locator('svg[role="img"]').first()).toBeVisible();
    await check(page, testInfo);

    // The waste team reads it.
    const email = uniqueEmail(`feedback-${language.code}`);
    addStaff(email, 'caseworker', ['waste']);
    await page.goto('/staff/sign-in');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
    await expect(page).toHaveURL(/\/staff$/);
    await page.locator('a[href="/staff/feedback/bulky-waste"]').click();
    await expect(page).toHaveURL(/\/staff\/feedback\/bulky-waste$/);
    await expect(page.getByText(text)).toBeVisible();
    await check(page, testInfo);
  });
}
