// The admins' webhook pages: the list and its form (with an error, then added by keyboard alone),
// the new endpoint's page with its secret shown once, and turning it off. In every language, with
// JavaScript on and off; axe and the 320 px reflow check on every page on the way.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, plain, ready, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

for (const language of LANGUAGES) {
  test(`an admin adds a webhook and turns it off in ${language.name}`, async ({ page }, testInfo) => {
    test.setTimeout(120_000);
    const email = uniqueEmail(`hooks-${language.code}`);
    addStaff(email, 'admin');
    await page.goto(`/staff/sign-in?lang=${language.code}`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
    await expect(page).toHaveURL(/\/staff$/);

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
    await expect(page.locator(`a[href^="/staff/admin/webhooks/"]`, { hasText: url })).toBeVisible();
    await check(page, testInfo);
  });
}
