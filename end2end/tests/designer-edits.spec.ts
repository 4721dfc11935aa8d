// No lost edits: two designers save the same question page; the second gets the conflict page
// (both versions, what they typed) and applies theirs on top; the banner names the other editor;
// undo puts the draft back. Every page passes axe and fits 320 px, with JavaScript on and off.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { STAFF_PASSWORD, addStaff, expectAccessible, ready, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function save(page: Page, action: string) {
  await page.locator(`form[action="${action}"] button[type="submit"]`).last().click();
}

async function signIn(page: Page, email: string) {
  await page.goto('/staff/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
}

for (const language of ['en', 'ar']) {
  test(`a stale save shows both versions and is applied on top, and undo puts the draft back, in ${language}`, async ({ page, browser }, testInfo) => {
    test.setTimeout(90_000);
    const first = uniqueEmail('edits-first');
    const second = uniqueEmail('edits-second');
    addStaff(first, 'designer', ['parking']);
    addStaff(second, 'designer', ['parking']);
    await signIn(page, first);
    const id = `edits-${language}-${testInfo.project.name}-${Date.now() % 100000}`;
    await page.goto('/staff/designer/new');
    await page.locator('#name').fill('Report a pothole');
    await page.locator('#id').fill(id);
    await page.locator('input[name="team"][value="parking"]').check();
    await save(page, '/staff/designer/new');
    const base = `/staff/designer/${id}`;
    await page.goto(`${base}/questions/new`);
    await page.locator('#label').fill('Where is it?');
    await page.locator('input[name="kind"][value="long_text"]').check();
    await save(page, `${base}/questions/new`);
    const question = `${base}/questions/where-is-it`;

    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, javaScriptEnabled: testInfo.project.use.javaScriptEnabled });
    const other = await context.newPage();
    await signIn(other, second);
    await page.goto(`${question}?lang=${language}`);
    await other.goto(`${question}?lang=${language}`);
    await page.locator('#label').fill('Where is the pothole?');
    await save(page, question);
    await other.locator('#label').fill('Which street is it in?');
    await save(other, question);
    // The conflict page: what the first designer saved, and what the second typed.
    await expect(other.locator('.error-summary')).toBeVisible();
    await expect(other.locator('main')).toContainText('Where is the pothole?');
    await expect(other.locator('main')).toContainText('Which street is it in?');
    await check(other, testInfo);
    await save(other, question);
    await expect(other).toHaveURL(new RegExp(`${base}/questions$`));

    // The first designer sees who else edited, and undoes the last change.
    await page.goto(`${base}?lang=${language}`);
    await expect(page.locator('.notification-banner')).toBeVisible();
    await check(page, testInfo);
    await save(page, `${base}/undo`);
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await page.goto(question);
    await expect(page.locator('#label')).toHaveValue('Where is the pothole?');
    await context.close();
  });
}
