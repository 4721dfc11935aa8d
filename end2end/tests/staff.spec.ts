// The staff side: a member of staff added with the `portico staff add` command signs in, and
// the staff pages pass axe in every language, with JavaScript on and off.
import { test, expect } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectNoAxeViolations, ready, uniqueEmail } from './support';

const PASSWORD = STAFF_PASSWORD;

for (const language of LANGUAGES) {
  test(`a caseworker signs in to the staff area in ${language.name}`, async ({ page }, testInfo) => {
    const email = uniqueEmail(`staff-${language.code}`);
    addStaff(email, 'caseworker');

    await page.goto(`/staff?lang=${language.code}`);
    await expect(page).toHaveURL(/\/staff\/sign-in\?next=%2Fstaff/);
    await ready(page, testInfo);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(PASSWORD);
    await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();

    await expect(page).toHaveURL(/\/staff$/);
    await expect(page.locator('main')).toContainText('Sam Jones');
    await ready(page, testInfo);
    await expectNoAxeViolations(page, testInfo);

    await page.locator('.header__nav form[action="/sign-out"] button').click();
    await expect(page).toHaveURL(/\/staff\/signed-out$/);
    await expectNoAxeViolations(page, testInfo);
  });
}

test('a citizen page is not a way into the staff area', async ({ page }) => {
  const response = await page.goto('/staff');
  expect(response?.url()).toMatch(/\/staff\/sign-in/);
});
