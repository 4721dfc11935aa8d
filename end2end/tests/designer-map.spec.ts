// The designer's route map and list of every path: both pass axe and fit 320 px in every complete
// language, with JavaScript on and off, for a service with branches and exits (the shipped parking
// permit) and one whose conditions join several answers (the blue badge). Read only: no draft is made.
import { test, expect } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, ready, uniqueEmail } from './support';

for (const language of LANGUAGES) {
  test(`the route map and every path are accessible, in ${language.name}`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    const email = uniqueEmail(`designer-map-${language.code}`);
    addStaff(email, 'admin');
    await page.goto(`/staff/sign-in?lang=${language.code}`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
    await expect(page).not.toHaveURL(/sign-in/);

    for (const service of ['parking-permit', 'blue-badge']) {
      await page.goto(`/staff/designer/${service}/map`);
      await ready(page, testInfo);
      await expect(page.locator('svg.route-map__svg')).toBeVisible();
      await expect(page.locator('#map-routes-caption')).toBeVisible();
      await expectAccessible(page, testInfo);
      await page.locator(`a[href="/staff/designer/${service}/paths"]`).first().click();
      await expect(page).toHaveURL(new RegExp(`/staff/designer/${service}/paths$`));
      await ready(page, testInfo);
      await expect(page.locator('section h3').first()).toBeVisible();
      await expectAccessible(page, testInfo);
    }
  });
}
