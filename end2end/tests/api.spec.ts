// The API's staff pages: an admin makes an API key with the keyboard-usable form (errors first,
// then the key shown once, then revoked), and any member of staff reads the API reference. With
// JavaScript on and off, axe and the 320 px reflow check on every page, in all five languages.
import { test, expect, type Browser, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, plain, ready, skipLongJourneyWithoutJs, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function signedIn(browser: Browser, testInfo: TestInfo, role: 'admin' | 'caseworker', language: string): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: testInfo.project.name !== 'js-off' });
  const page = await context.newPage();
  const email = uniqueEmail(`api-${role}`);
  addStaff(email, role, ['waste']);
  await page.goto(`/staff/sign-in?lang=${language}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/staff$/);
  return page;
}

for (const language of LANGUAGES) {
  test(`an admin makes an API key, sees it once and revokes it, in ${language.name}`, async ({ browser }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    const page = await signedIn(browser, testInfo, 'admin', language.code);
    await page.locator('a[href="/staff/admin/api-keys"]').click();
    await expect(page).toHaveURL(/\/staff\/admin\/api-keys$/);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await check(page, testInfo);
    const title = plain(await page.title());

    // Sent empty: the errors, each linked from the summary, and a title that says so.
    await page.locator('form[action="/staff/admin/api-keys"] button[type="submit"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    expect(plain(await page.title())).not.toBe(title);
    await expect(page.locator('.error-summary a[href="#name"]')).toBeVisible();
    await check(page, testInfo);

    // Filled in with the keyboard only.
    const name = `Case management ${language.code} ${testInfo.project.name}`;
    await page.locator('#name').fill(name);
    await page.locator('#teams').focus();
    await page.keyboard.press('Space');
    await page.locator('#scope-2').focus();
    await page.keyboard.press('Space');
    await page.locator('#expiry').focus();
    await page.keyboard.press('Space');
    await page.locator('form[action="/staff/admin/api-keys"] button[type="submit"]').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/staff\/admin\/api-keys$/);
    const secret = (await page.locator('.api-secret').textContent()) ?? '';
    expect(secret).toMatch(/^portico_/);
    await check(page, testInfo);

    // Shown once only.
    await page.reload();
    await expect(page.locator('.api-secret')).toHaveCount(0);

    // Revoked: the key is refused at once.
    const section = page.locator('.admin-person', { hasText: name });
    await section.locator('form[action$="/revoke"] button').click();
    await expect(page).toHaveURL(/\/staff\/admin\/api-keys$/);
    await expect(section.locator('form[action$="/revoke"]')).toHaveCount(0);
    const refused = await page.request.get('/api/v1/requests', { headers: { authorization: `Bearer ${secret}` } });
    expect(refused.status()).toBe(401);
    await check(page, testInfo);
    await page.context().close();
  });

  test(`a caseworker reads the API reference in ${language.name}`, async ({ browser }, testInfo) => {
    const page = await signedIn(browser, testInfo, 'caseworker', language.code);
    await page.locator('a[href="/staff/api"]').click();
    await expect(page).toHaveURL(/\/staff\/api$/);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await expect(page.locator('main')).toContainText('POST /api/v1/requests/{reference}/status');
    // The contents link to each operation on the page.
    await page.locator('a[href="#post-api-v1-requests-reference-status"]').click();
    await expect(page.locator('#post-api-v1-requests-reference-status')).toBeVisible();
    // Nothing from another site: no script, no stylesheet, no font.
    expect(await page.locator('script[src^="http"], link[href^="http"]').count()).toBe(0);
    await check(page, testInfo);
    await page.context().close();
  });
}
