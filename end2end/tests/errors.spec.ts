// Error pages are translated, carry the right status and pass axe like every other page.
import { test, expect } from '@playwright/test';
import { LANGUAGES, expectAccessible, plain } from './support';

for (const language of LANGUAGES) {
  test(`an unknown address shows a 404 page in ${language.name}`, async ({ page }, testInfo) => {
    const response = await page.goto(`/no-such-page?lang=${language.code}`);

    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    expect(plain(await page.title())).toMatch(/ – Portico$/);
    await expect(page.locator('main h1')).toHaveCount(1);
    await expectAccessible(page, testInfo);
  });
}

test('the 404 page is in English by default', async ({ page }) => {
  await page.goto('/missing');
  expect(plain(await page.title())).toBe('Page not found – Portico');
});
