// The language switcher is made of plain links: it works without JavaScript, keeps the page,
// and the choice is remembered.
import { test, expect } from '@playwright/test';
import { plain, ready } from './support';

test('the switcher changes the language of the same page and the choice is remembered', async ({ page }, testInfo) => {
  await page.goto('/cookies');
  await ready(page, testInfo);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('link', { name: 'Cymraeg' }).click();

  await expect(page).toHaveURL(/\/cookies\?lang=cy$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  expect(plain(await page.title())).toBe('Cwcis – Portico');

  await page.getByRole('link', { name: 'Datganiad hygyrchedd' }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');

  await page.getByRole('link', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
});

test('each language is named in itself and marked with its language', async ({ page }) => {
  await page.goto('/?lang=ar');
  const switcher = page.locator('nav.lang-switcher');
  await expect(switcher.locator('a[lang="en"][hreflang="en"]')).toHaveText('English');
  await expect(switcher.locator('a[lang="cy"][hreflang="cy"]')).toHaveText('Cymraeg');
  await expect(switcher.locator('[aria-current="true"]')).toHaveText('العربية');
});

test('the browser language is used until the person picks one', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'cy-GB' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await context.close();
});
