// Every public page, in every complete language, with JavaScript on and off: the shell is
// whole, the title is unique, keyboard users can skip to the content, nothing scrolls sideways
// at 320 px, and axe finds nothing.
import { test, expect } from '@playwright/test';
import {
  LANGUAGES,
  PUBLIC_PAGES,
  expectAccessible,
  plain,
  jsEnabled,
  ready,
} from './support';

for (const language of LANGUAGES) {
  test.describe(`in ${language.name}`, () => {
    for (const path of PUBLIC_PAGES) {
      test(`${path} has the page shell, passes axe and reflows at 320 px`, async ({ page }, testInfo) => {
        const response = await page.goto(`${path}?lang=${language.code}`);
        expect(response?.status()).toBe(200);
        await ready(page, testInfo);

        await expect(page.locator('html')).toHaveAttribute('lang', language.code);
        await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
        expect(plain(await page.title())).toMatch(/ – Portico$/);
        await expect(page.locator('main#main-content h1')).toHaveCount(1);
        await expect(page.locator('footer a[href="/accessibility"]')).toBeVisible();
        await expect(page.locator('footer a[href="/privacy"]')).toBeVisible();
        await expect(page.locator('footer a[href="/cookies"]')).toBeVisible();
        await expect(page.locator('footer a[href="/contact"]')).toBeVisible();
        if (path === '/privacy') {
          // Each service's retention period, in this language (src/retention/): the three shipped
          // services at least (the designer's tests publish more while this runs).
          await expect(page.locator('#retention-periods li').nth(2)).toBeVisible();
        }

        await expectAccessible(page, testInfo);
      });
    }

    test('every page has its own title', async ({ page }) => {
      const titles = new Set<string>();
      for (const path of PUBLIC_PAGES) {
        await page.goto(`${path}?lang=${language.code}`);
        titles.add(plain(await page.title()));
      }
      expect(titles.size).toBe(PUBLIC_PAGES.length);
    });
  });
}

test('the skip link is the first stop for keyboard users and moves focus to the main content', async ({ page }, testInfo) => {
  await page.goto('/cookies');
  await ready(page, testInfo);

  await page.keyboard.press('Tab');
  const skip = page.locator('a.skip-link');
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(/#main-content$/);
  await expect(page.locator('main#main-content')).toBeFocused();
});

test('every link in the header, switcher and footer can be reached with the keyboard alone', async ({ page }, testInfo) => {
  // Reading which element has focus needs page scripts; the DOM is the same without JavaScript.
  test.skip(!jsEnabled(testInfo), 'focus is read with a page script');
  await page.goto('/');
  await ready(page, testInfo);
  const reached = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
    if (href) reached.add(href);
  }
  for (const href of ['#main-content', '/', '/?lang=cy', '/?lang=ar', '/accessibility', '/privacy', '/cookies', '/contact']) {
    expect(reached, `keyboard reaches ${href}`).toContain(href);
  }
});

test('the print button appears only when JavaScript can make it work', async ({ page }, testInfo) => {
  await page.goto('/accessibility');
  await ready(page, testInfo);
  const button = page.locator('button.print-button');
  if (jsEnabled(testInfo)) {
    await expect(button).toBeVisible();
  } else {
    await expect(button).toBeHidden();
  }
});
