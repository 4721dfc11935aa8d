// The citizen's account journey in every complete language, with JavaScript on and off:
// create an account, confirm the email, sign in, fill in the profile, sign out, sign in again
// and download the data. Every page on the way, including error states, is scanned by axe.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, skipLongJourneyWithoutJs, expectAccessible, expectNoAxeViolations, linkInEmail, plain, ready, uniqueEmail } from './support';

const PASSWORD = 'correct horse battery staple';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectNoAxeViolations(page, testInfo);
}

/** `check`, and the page fits 320 px: both on one inspection of the page. */
async function checkAndReflow(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function submit(page: Page, action: string) {
  await page.locator(`form[action="${action}"] button[type="submit"]`).click();
}

for (const language of LANGUAGES) {
  test(`a citizen creates an account, keeps a profile and downloads their data, in ${language.name}`, async ({ page }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    test.setTimeout(180_000);
    const email = uniqueEmail(`citizen-${language.code}`);
    await page.goto(`/?lang=${language.code}`);
    await ready(page, testInfo);

    // Sign in, then "create an account".
    await page.locator('header a[href="/sign-in"]').click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await check(page, testInfo);
    await page.locator('main a[href="/account/create"]').click();
    await check(page, testInfo);

    // An empty form: errors, summary first, nothing lost.
    await submit(page, '/account/create');
    await expect(page.locator('.error-summary')).toBeVisible();
    expect(plain(await page.title())).not.toBe(plain(await page.locator('h1').innerText()));
    await expect(page.locator('#email')).toHaveAttribute('aria-invalid', 'true');
    await checkAndReflow(page, testInfo);

    await page.locator('#email').fill(email);
    await page.locator('#password').fill('short');
    await submit(page, '/account/create');
    await expect(page.locator('#email')).toHaveValue(email);
    await expect(page.locator('#password-error')).toBeVisible();

    await page.locator('#password').fill(PASSWORD);
    await submit(page, '/account/create');
    await expect(page).toHaveURL(/\/account\/check-email$/);
    await check(page, testInfo);

    // The link in the email confirms the address.
    await page.goto(await linkInEmail(email));
    await expect(page.locator('.panel--confirmation')).toBeVisible();
    await check(page, testInfo);

    // Sign in.
    await page.locator('main a[href^="/sign-in"]').click();
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(PASSWORD);
    await submit(page, '/sign-in');
    await expect(page).toHaveURL(/\/profile$/);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    await check(page, testInfo);

    // Fill in the profile, one page at a time, with an error on the way.
    await page.locator('a[href="/profile/name"]').click();
    await check(page, testInfo);
    await page.locator('#given').fill('Ann Marie');
    await page.locator('#family').fill('Jones');
    await submit(page, '/profile/name');

    await page.locator('a[href="/profile/date-of-birth"]').click();
    await page.locator('#dob-day').fill('31');
    await page.locator('#dob-month').fill('2');
    await page.locator('#dob-year').fill('1990');
    await submit(page, '/profile/date-of-birth');
    await expect(page.locator('.error-summary a[href="#dob-day"]')).toBeVisible();
    await expect(page.locator('#dob-year')).toHaveValue('1990');
    await check(page, testInfo);
    await page.locator('#dob-day').fill('3');
    await page.locator('#dob-month').fill('4');
    await submit(page, '/profile/date-of-birth');

    await page.locator('a[href="/profile/address"]').click();
    await check(page, testInfo);
    await page.locator('#address-line1').fill('1 High Street');
    await page.locator('#address-town').fill('Cardiff');
    await page.locator('#address-postcode').fill('CF10 1EP');
    await submit(page, '/profile/address');

    await page.locator('a[href="/profile/phone"]').click();
    await check(page, testInfo);
    await page.locator('#phone').fill('029 2000 0000');
    await submit(page, '/profile/phone');

    await page.locator('a[href="/profile/contact"]').click();
    await check(page, testInfo);
    await page.locator('#choice').check();
    await submit(page, '/profile/contact');

    await expect(page).toHaveURL(/\/profile\?changed=/);
    const summary = page.locator('dl.summary-list');
    await expect(summary).toContainText('Ann Marie Jones');
    await expect(summary).toContainText('1 High Street');
    await expect(summary).toContainText('CF10 1EP');
    await expect(summary).toContainText('029 2000 0000');
    await checkAndReflow(page, testInfo);

    // Sign out, and back in.
    await page.locator('.header__nav form[action="/sign-out"] button').click();
    await expect(page).toHaveURL(/\/signed-out$/);
    await check(page, testInfo);
    await page.goto('/sign-in');
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(PASSWORD);
    await submit(page, '/sign-in');
    await expect(page).toHaveURL(/\/profile$/);

    // Download the data.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('a[href="/profile/download"]').click(),
    ]);
    const file = await download.path();
    const fs = await import('node:fs/promises');
    const data = JSON.parse(await fs.readFile(file!, 'utf8'));
    expect(data.account.email).toBe(email);
    const name = data.profile.find((f: { field: string }) => f.field === 'name');
    expect(name.value).toEqual({ given: 'Ann Marie', family: 'Jones' });
  });

  test(`the account pages pass axe in ${language.name}`, async ({ page }, testInfo) => {
    for (const path of ['/account/forgot-password', '/staff/sign-in', '/account/reset-password?token=unknown']) {
      await page.goto(`${path}${path.includes('?') ? '&' : '?'}lang=${language.code}`);
      await checkAndReflow(page, testInfo);
    }
  });
}

test('the password can be shown and hidden, with JavaScript only', async ({ page }, testInfo) => {
  await page.goto('/sign-in');
  await ready(page, testInfo);
  const toggle = page.locator('button.password-input__toggle');
  if (testInfo.project.name === 'js-off') {
    await expect(toggle).toBeHidden();
    return;
  }
  await page.locator('#password').fill('secret words here');
  await toggle.click();
  await expect(page.locator('#password')).toHaveAttribute('type', 'text');
  await toggle.click();
  await expect(page.locator('#password')).toHaveAttribute('type', 'password');
});
