// Signing in through an identity provider with JavaScript off (issue 14): the test provider
// (npm oidc-provider, started beside Portico by playwright.config.ts) stands in for GOV.UK One
// Login. A citizen signs in there, gets an account with the provider's details, books a bulky
// waste collection, and signs out of both. Cancelling at the provider leads back to the service.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { expectAccessible, jsEnabled, ready } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function continueOn(page: Page, question: string) {
  await page.locator(`form[action^="/services/bulky-waste/${question}"] button[value="continue"]`).click();
}

test('a citizen signs in through the identity provider without JavaScript and books a collection', async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'the journey with JavaScript is the same links and forms');
  test.setTimeout(120_000);
  await page.goto('/sign-in?next=/profile');
  await check(page, testInfo);
  await page.locator('a[href^="/sign-in/with/one-login"]').click();

  // At the provider.
  await expect(page.locator('h1')).toHaveText('Test identity provider');
  await page.locator('#as').selectOption('ann');
  await page.locator('#continue').click();

  // Back at Portico, signed in, with the provider's details in the profile.
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.locator('main')).toContainText('Ann Jones');
  await expect(page.locator('main')).toContainText('GOV.UK One Login');
  await check(page, testInfo);
  await page.goto('/profile/sign-in-methods');
  await expect(page.locator('main')).toContainText('GOV.UK One Login');
  await check(page, testInfo);

  // A service, start to finish.
  await page.goto('/services/bulky-waste');
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await expect(page).toHaveURL(/\/items$/);
  await page.locator('input[value="sofa"]').check();
  await continueOn(page, 'items');
  await expect(page).toHaveURL(/\/has-other-items$/);
  await page.locator('#has-other-items-2').check();
  await continueOn(page, 'has-other-items');
  await expect(page).toHaveURL(/\/address$/);
  await page.locator('#address-line1').fill('2 Low Street');
  await page.locator('#address-town').fill('Cardiff');
  await page.locator('#address-postcode').fill('CF10 2AB');
  await continueOn(page, 'address');
  await expect(page).toHaveURL(/\/location$/);
  await page.locator('#location').check();
  await continueOn(page, 'location');
  await expect(page).toHaveURL(/\/date$/);
  await page.locator('#date').check();
  await continueOn(page, 'date');
  await expect(page).toHaveURL(/\/phone$/);
  await page.locator('#phone').fill('07700 900123');
  await continueOn(page, 'phone');
  // The email question: the profile's address is offered, or asked for.
  if (!/\/check-answers$/.test(page.url())) {
    const input = page.locator('input#email');
    if (await input.count()) {
      await input.fill('ann@example.org');
    } else {
      await page.locator('main input[type="radio"]').first().check();
    }
    await continueOn(page, 'email');
  }
  await expect(page).toHaveURL(/\/check-answers$/);
  await page.locator('form[action="/services/bulky-waste/submit"] button').click();
  await expect(page).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);
  await check(page, testInfo);

  // Signing out goes through the provider, which asks to confirm and comes back.
  await page.locator('form[action="/sign-out"] button').first().click();
  await expect(page).toHaveURL(/\/session\/end/);
  await page.locator('button[autofocus], button[name="logout"], button[type="submit"]').first().click();
  await expect(page).toHaveURL(/\/signed-out$/);
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('cancelling at the identity provider leads back to where the citizen was', async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'the same links and forms with JavaScript');
  await page.goto('/sign-in/with/one-login?next=/services/bulky-waste');
  await page.locator('#cancel').click();
  await expect(page).toHaveTitle(/You did not sign in/);
  await check(page, testInfo);
  await page.locator('main a.button').click();
  await expect(page).toHaveURL(/\/services\/bulky-waste$/);
});
