// Reviewing changes in the designer (src/designer/pages/{diff,approval,teams}.rs): a team that wants
// a second person, a version asked for and approved by another designer, and the diff of the next
// draft. Every page passes axe and fits 320 px in every complete language, with JavaScript on and off.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, ready, skipLongJourneyWithoutJs, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function save(page: Page, action: string) {
  await page.locator(`form[action="${action}"] button[type="submit"]`).last().click();
}

async function signIn(page: Page, email: string, language: string) {
  await page.context().clearCookies();
  await page.goto(`/staff/sign-in?lang=${language}`);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
}

for (const language of LANGUAGES) {
  test(`a version is approved by a second person and the next draft's changes are listed, in ${language.name}`, async ({ page }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    test.setTimeout(120_000);
    const n = `${language.code}${testInfo.project.name.replace(/[^a-z0-9]/gi, '')}${Date.now() % 100000}`.toLowerCase();
    // A team of this test's own, so that its setting changes nothing for the other tests.
    const team = `review-${n}`;
    const admin = uniqueEmail(`review-admin-${language.code}`);
    addStaff(admin, 'admin');
    await signIn(page, admin, language.code);
    await page.goto('/staff/admin/teams');
    await page.locator('#team_name').fill(`Review ${n}`);
    await page.locator('form[action="/staff/admin/teams"]:has(input[name="action"][value="add"]) button[type="submit"]').click();

    await page.goto('/staff/designer/teams');
    await check(page, testInfo);
    await page.goto(`/staff/designer/teams/${team}`);
    await check(page, testInfo);
    await page.locator('input[name="needs_approval"][value="yes"]').check();
    await save(page, `/staff/designer/teams/${team}`);
    await expect(page).toHaveURL(/\/staff\/designer\/teams$/);

    // A service of that team, asked for approval.
    const id = `review-${n}`;
    const base = `/staff/designer/${id}`;
    await page.goto('/staff/designer/new');
    await page.locator('#name').fill('Report a blocked drain');
    await page.locator('#id').fill(id);
    await page.locator(`input[name="team"][value="${team}"]`).check();
    await save(page, '/staff/designer/new');
    await page.goto(`${base}/details`);
    await page.locator('#summary').fill('Tell us where water cannot drain away.');
    await page.locator('#declaration').fill('What I have told you is true.');
    await save(page, `${base}/details`);
    await page.goto(`${base}/questions/new`);
    await page.locator('#label').fill('Where is the drain?');
    await page.locator('input[name="kind"][value="long_text"]').check();
    await save(page, `${base}/questions/new`);
    await page.goto(`${base}/publish`);
    await check(page, testInfo);
    await page.locator('#confirm').check();
    await save(page, `${base}/publish`);
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await check(page, testInfo);

    // A second designer of the team reads it and approves.
    const second = uniqueEmail(`review-designer-${language.code}`);
    addStaff(second, 'designer', [team]);
    await signIn(page, second, language.code);
    await page.goto('/staff/designer');
    await expect(page.locator(`a[href="${base}/approval"]`)).toBeVisible();
    await check(page, testInfo);
    await page.goto(`${base}/approval`);
    await check(page, testInfo);
    await page.locator(`form[action="${base}/approval"]:has(input[name="decision"][value="send_back"]) button[type="submit"]`).click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await check(page, testInfo);
    await page.locator(`form[action="${base}/approval"]:has(input[name="decision"][value="approve"]) button[type="submit"]`).click();
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await page.goto(`/services/${id}`);
    await expect(page.locator('h1')).toHaveText('Report a blocked drain');

    // The next draft: its changes on their own page and on the publish page.
    await signIn(page, admin, language.code);
    await page.goto(base);
    await save(page, `${base}/draft`);
    await page.goto(`${base}/questions/new`);
    await page.locator('#label').fill('How deep is the water?');
    await page.locator('input[name="kind"][value="whole_number"]').check();
    await save(page, `${base}/questions/new`);
    await page.goto(`${base}/diff`);
    await expect(page.locator('ins').first()).toBeVisible();
    await check(page, testInfo);
    await page.goto(`${base}/publish`);
    await check(page, testInfo);
  });
}
