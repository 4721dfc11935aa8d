// The accessibility check itself: a scan that cannot fail proves nothing.
import { test, expect } from '@playwright/test';
import { expectNoAxeViolations, jsEnabled } from './support';

test('the axe check fails on a page with an image that has no text alternative', async ({ page }, testInfo) => {
  test.skip(!jsEnabled(testInfo), 'the check is the same code in both projects; one run proves it can fail');
  await page.goto('/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = '/favicon.svg';
    document.querySelector('main')!.append(img);
  });
  const failure = await expectNoAxeViolations(page, testInfo).then(() => null, (e: Error) => e);
  expect(failure?.message).toContain('image-alt');
});
