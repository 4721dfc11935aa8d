// Signing in through an identity provider with JavaScript off (issue 14): the test provider
// (npm oidc-provider, started beside Portico by playwright.config.ts) stands in for GOV.UK One
// Login. A citizen signs in there, gets an account with the provider's details, books a bulky
// waste collection, and signs out of both. Cancelling at the provider, an error from it and a
// replayed answer each show a page (never a server error) and keep the guest's answer. The
// admins' page of staff sign-in links passes axe in every language.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, jsEnabled, ready, uniqueEmail } from './support';

const issuer = `http://127.0.0.1:${process.env.PORTICO_E2E_OIDC_PORT ?? 3190}`;

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

test('a cancelled, failed or replayed sign-in keeps the guest’s answer and never gives a server error', async ({ page }, testInfo) => {
  test.skip(jsEnabled(testInfo), 'the same links and forms with JavaScript');
  test.setTimeout(90_000);
  const question = '/services/bulky-waste/items';
  const signIn = `/sign-in/with/one-login?next=${encodeURIComponent(question)}`;
  await page.goto('/services/bulky-waste');
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await expect(page).toHaveURL(/\/items$/);
  await page.locator('input[value="sofa"]').check();
  await continueOn(page, 'items');
  await expect(page).toHaveURL(/\/has-other-items$/);

  // Cancelled at the provider: back to the question, the answer still there.
  await page.goto(signIn);
  await page.locator('#cancel').click();
  await expect(page).toHaveTitle(/You did not sign in/);
  await page.locator('main a.button').click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(page.locator('input[value="sofa"]')).toBeChecked();

  // The provider answers with an error.
  const sent = page.waitForRequest((r) => r.url().startsWith(`${issuer}/auth`));
  await page.goto(signIn);
  const state = new URL((await sent).url()).searchParams.get('state') ?? '';
  const failed = await page.goto(`/identity/one-login/callback?error=server_error&state=${encodeURIComponent(state)}&iss=${encodeURIComponent(issuer)}`);
  expect(failed?.status()).toBe(502);
  await expect(page).toHaveTitle(/could not sign you in/);
  await check(page, testInfo);
  await page.locator('main a.button').click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(page.locator('input[value="sofa"]')).toBeChecked();

  // Signed in, back at the question; the provider's answer replayed is refused with a page.
  const answered = page.waitForRequest((r) => r.url().includes('/identity/one-login/callback?code='));
  await page.goto(signIn);
  await page.locator('#as').selectOption('bob');
  await page.locator('#continue').click();
  await expect(page).toHaveURL(/\/items$/);
  const replayed = await page.goto((await answered).url());
  expect(replayed?.status()).toBe(400);
  await expect(page).toHaveTitle(/Your sign-in expired/);
  await check(page, testInfo);
  await page.locator('main a.button').click();
  await expect(page.locator('main')).toContainText('Bob Smith');
});

for (const language of LANGUAGES) {
  test(`the admins’ page of staff sign-in links in ${language.name}`, async ({ page }, testInfo) => {
    test.skip(!jsEnabled(testInfo) && language.code !== 'en', 'one page: the same HTML without JavaScript');
    const email = uniqueEmail(`links-${language.code}`);
    addStaff(email, 'admin');
    await page.goto(`/staff/sign-in?lang=${language.code}`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();
    await expect(page).toHaveURL(/\/staff$/);
    await page.locator('a[href="/staff/admin/identities"]').click();
    await expect(page).toHaveURL(/\/staff\/admin\/identities$/);
    await expect(page.locator('html')).toHaveAttribute('dir', language.dir);
    await check(page, testInfo);
  });
}
