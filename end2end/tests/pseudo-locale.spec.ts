// The accented pseudo-locale (en-XA, served in development) turns every translated letter into an
// accented look-alike. Any plain English word left on a page is therefore text that does not come
// from the translation files: a hard-coded string. This walk visits every kind of page (public,
// citizen, service journey, staff, errors) and fails on any such word.
import { test, expect, type Page } from '@playwright/test';
import { STAFF_PASSWORD, addStaff, signUpAndSignIn, uniqueEmail } from './support';

/** Words on the page made only of plain ASCII letters: text that was not translated. */
async function untranslated(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    // Language names are written in each language itself, by design; scripts are not text.
    // Cookie names and other technical identifiers are code, not text.
    body.querySelectorAll('.lang-switcher, script, style, template, code').forEach((e) => e.remove());
    // Text marked as another language (a language's own name) is meant to stay as it is.
    body.querySelectorAll('[lang]').forEach((e) => {
      if (e.getAttribute('lang') !== document.documentElement.lang) e.remove();
    });
    const labels = Array.from(document.querySelectorAll('[aria-label], [title]')).map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''}`,
    );
    return [document.title, body.textContent ?? '', ...labels].join('\n');
  });
  const data = text
    // What people typed or the system made: email addresses, references, the test staff name,
    // and the identity provider's name as the operator configured it (playwright.config.ts).
    .replace(/[\w.+-]+@[\w.-]+/g, ' ')
    .replace(/\b[A-HJ-NP-Y2-9]{8}\b/g, ' ')
    .replace(/\bSam Jones\b/g, ' ')
    .replace(/\bGOV\.UK One Login\b/g, ' ');
  return [...new Set(data.match(/[A-Za-z]{2,}/g) ?? [])];
}

async function expectAllTranslated(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-XA');
  expect(await untranslated(page), `untranslated text on ${path}`).toEqual([]);
}

test.beforeEach(async ({}, testInfo) => {
  test.skip(testInfo.project.name === 'js-off', 'the text is the same without JavaScript');
});

test('public pages and errors have no hard-coded English', async ({ page }) => {
  await page.goto('/?lang=en-XA');
  for (const path of ['/', '/accessibility', '/privacy', '/cookies', '/contact', '/services', '/sign-in', '/account/create',
    '/account/forgot-password', '/signed-out', '/staff/sign-in', '/no-such-page', '/services/parking-permit', '/services/bulky-waste', '/services/blue-badge']) {
    await expectAllTranslated(page, path);
  }
});

test('citizen pages and a service journey have no hard-coded English', async ({ page }) => {
  test.setTimeout(120_000);
  await signUpAndSignIn(page, uniqueEmail('pseudo'));
  await page.goto('/?lang=en-XA');
  for (const path of ['/profile', '/applications', '/profile/name', '/profile/phone', '/profile/address', '/profile/date-of-birth', '/profile/contact', '/profile/language', '/account/change-password', '/account/change-email', '/account/delete']) {
    await expectAllTranslated(page, path);
  }
  await page.goto('/services/bulky-waste');
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await expectAllTranslated(page, '/services/bulky-waste/items');
  // An error state, and a later question with its follow-up and dates.
  await page.locator('#journey-form button[value="continue"]').click();
  expect(await untranslated(page)).toEqual([]);
  await page.locator('input[value="other-only"]').check();
  await page.locator('#journey-form button[value="continue"]').click();
  await expectAllTranslated(page, '/services/bulky-waste/other-items');
  await page.locator('#other-items-description').fill('Bench');
  await page.locator('#other-items-size').check();
  await page.locator('#journey-form button[value="continue"]').click();
  expect(await untranslated(page)).toEqual(['Bench']);
});

test('staff pages have no hard-coded English', async ({ page }) => {
  const email = uniqueEmail('pseudo-staff');
  addStaff(email, 'admin');
  await page.goto('/staff/sign-in?lang=en-XA');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(STAFF_PASSWORD);
  await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/staff$/);
  await expectAllTranslated(page, '/staff');
});
