// Applying for a service, in every complete language, with JavaScript on and off: every
// question page (and one in its error state), check your answers, the confirmation and
// "Your applications" pass axe and fit a 320 px screen.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, expectNoAxeViolations, expectNoHorizontalScrollAt320, ready, signUpAndSignIn, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectNoAxeViolations(page, testInfo);
  await expectNoHorizontalScrollAt320(page, testInfo);
}

/** A tiny PNG (the server checks the content, not the name). */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);

async function next(page: Page, question: string) {
  await page.locator(`form[action^="/services/parking-permit/${question}"] button[value="continue"]`).click();
}

for (const language of LANGUAGES) {
  test(`a citizen applies for a resident parking permit in ${language.name}`, async ({ page }, testInfo) => {
    test.setTimeout(240_000);
    await page.goto(`/?lang=${language.code}`);
    await signUpAndSignIn(page, uniqueEmail(`parking-${language.code}`));

    await page.goto('/services');
    await check(page, testInfo);
    await page.locator('a[href="/services/parking-permit"]').click();
    await check(page, testInfo);
    await page.locator('form[action="/services/parking-permit/start"] button').click();

    await expect(page).toHaveURL(/\/live-in-zone$/);
    await check(page, testInfo);
    await page.locator('#live-in-zone').check();
    await next(page, 'live-in-zone');

    // The address page, first in its error state.
    await expect(page).toHaveURL(/\/address$/);
    await page.locator('#address-line1').fill('1 High Street');
    await next(page, 'address');
    await expect(page.locator('.error-summary a[href="#address-town"]')).toBeVisible();
    await expect(page.locator('#address-line1')).toHaveValue('1 High Street');
    await check(page, testInfo);
    await page.locator('#address-town').fill('Cardiff');
    await page.locator('#address-postcode').fill('CF10 1EP');
    await next(page, 'address');

    // An upload, first refused for its content, then accepted.
    await expect(page).toHaveURL(/\/proof-of-address$/);
    await page.locator('#proof-of-address').setInputFiles({ name: 'bill.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
    await next(page, 'proof-of-address');
    await expect(page.locator('.error-summary a[href="#proof-of-address"]')).toBeVisible();
    await check(page, testInfo);
    await page.locator('#proof-of-address').setInputFiles({ name: 'bill.png', mimeType: 'image/png', buffer: PNG });
    await next(page, 'proof-of-address');

    await expect(page).toHaveURL(/\/zone$/);
    await check(page, testInfo);
    await page.locator('#zone-2').check();
    await next(page, 'zone');

    await check(page, testInfo);
    await page.locator('#registration').fill('CU57 ABC');
    await next(page, 'registration');
    await check(page, testInfo);
    await page.locator('#make').fill('Ford');
    await next(page, 'make');

    await check(page, testInfo);
    await page.locator('#ownership-2').check();
    await next(page, 'ownership');
    await expect(page).toHaveURL(/\/employer-letter$/);
    await check(page, testInfo);
    await page.locator('#employer-letter').setInputFiles({ name: 'acme-letter.png', mimeType: 'image/png', buffer: PNG });
    await next(page, 'employer-letter');

    await check(page, testInfo);
    await page.locator('#length-3').check();
    await next(page, 'length');

    await check(page, testInfo);
    await page.locator('#start-date-day').fill('1');
    await page.locator('#start-date-month').fill('3');
    await page.locator('#start-date-year').fill('2030');
    await next(page, 'start-date');

    await check(page, testInfo);
    await page.locator('#phone').fill('029 2000 0000');
    await next(page, 'phone');

    await expect(page).toHaveURL(/\/check-answers$/);
    await expect(page.locator('dl.summary-list')).toContainText('CU57 ABC');
    await expect(page.locator('dl.summary-list')).toContainText('acme-letter.png');
    await check(page, testInfo);
    await page.locator('form[action="/services/parking-permit/submit"] button').click();

    await expect(page).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);
    const reference = page.url().split('/').pop()!;
    await expect(page.locator('.panel--confirmation')).toContainText(reference);
    await check(page, testInfo);

    await page.goto('/applications');
    await expect(page.locator('main')).toContainText(reference);
    await check(page, testInfo);
  });

  test(`the exit page explains why and passes axe in ${language.name}`, async ({ page }, testInfo) => {
    await page.goto(`/?lang=${language.code}`);
    await signUpAndSignIn(page, uniqueEmail(`exit-${language.code}`));
    await page.goto('/services/parking-permit');
    await page.locator('form[action="/services/parking-permit/start"] button').click();
    await page.locator('#live-in-zone-2').check();
    await next(page, 'live-in-zone');
    await expect(page).toHaveURL(/\/exit\/not-resident$/);
    await check(page, testInfo);
  });
}

for (const language of LANGUAGES) {
  test(`a guest books a bulky waste collection in ${language.name}`, async ({ page }, testInfo) => {
    test.setTimeout(180_000);
    await page.goto(`/services/bulky-waste?lang=${language.code}`);
    await check(page, testInfo);
    await page.locator('form[action="/services/bulky-waste/start"] button').click();

    await expect(page).toHaveURL(/\/items$/);
    if (testInfo.project.name === 'js-off') {
      // Ticking "None of these" with an item is refused by the server, and the ticks are kept.
      await page.locator('input[value="sofa"]').check();
      await page.locator('input[value="other-only"]').check();
      await page.locator('form[action^="/services/bulky-waste/items"] button[value="continue"]').click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await expect(page.locator('input[value="sofa"]')).toBeChecked();
      await check(page, testInfo);
      await page.locator('input[value="other-only"]').uncheck();
    } else {
      // With JavaScript the boxes never get into that state; the error page is still checked by
      // submitting nothing.
      await page.locator('form[action^="/services/bulky-waste/items"] button[value="continue"]').click();
      await expect(page.locator('.error-summary')).toBeVisible();
      await check(page, testInfo);
      await page.locator('input[value="sofa"]').check();
    }
    await page.locator('form[action^="/services/bulky-waste/items"] button[value="continue"]').click();

    await expect(page).toHaveURL(/\/other-items$/);
    await check(page, testInfo);
    await page.locator('#other-items').fill('A garden bench, about 1.5 metres long');
    await page.locator('form[action^="/services/bulky-waste/other-items"] button[value="continue"]').click();

    await page.locator('#address-line1').fill('2 Low Street');
    await page.locator('#address-town').fill('Cardiff');
    await page.locator('#address-postcode').fill('CF10 2AB');
    await page.locator('form[action^="/services/bulky-waste/address"] button[value="continue"]').click();

    await page.locator('#location-3').check();
    await page.locator('form[action^="/services/bulky-waste/location"] button[value="continue"]').click();

    await expect(page).toHaveURL(/\/date$/);
    await check(page, testInfo);
    await page.locator('#date').check();
    await page.locator('form[action^="/services/bulky-waste/date"] button[value="continue"]').click();

    await page.locator('#phone').fill('07700 900123');
    await page.locator('form[action^="/services/bulky-waste/phone"] button[value="continue"]').click();
    await check(page, testInfo);
    await page.locator('#email').fill('guest@example.org');
    await page.locator('form[action^="/services/bulky-waste/email"] button[value="continue"]').click();

    await expect(page).toHaveURL(/\/check-answers$/);
    await expect(page.locator('dl.summary-list')).toContainText('garden bench');
    await check(page, testInfo);
    await page.locator('form[action="/services/bulky-waste/submit"] button').click();
    await expect(page).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);
    await check(page, testInfo);
  });
}

test('a signed-in citizen is offered the details they already gave', async ({ page }, testInfo) => {
  await signUpAndSignIn(page, uniqueEmail('known'));
  await page.goto('/profile/phone');
  await page.locator('#phone').fill('029 2000 0000');
  await page.locator('form[action="/profile/phone"] button').click();

  await page.goto('/services/bulky-waste');
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await page.locator('input[value="sofa"]').check();
  await page.locator('form[action^="/services/bulky-waste/items"] button[value="continue"]').click();
  await page.locator('form[action^="/services/bulky-waste/other-items"] button[value="continue"]').click();
  await page.locator('#address-line1').fill('2 Low Street');
  await page.locator('#address-town').fill('Cardiff');
  await page.locator('#address-postcode').fill('CF10 2AB');
  await page.locator('form[action^="/services/bulky-waste/address"] button[value="continue"]').click();
  await page.locator('#location').check();
  await page.locator('form[action^="/services/bulky-waste/location"] button[value="continue"]').click();
  await page.locator('#date').check();
  await page.locator('form[action^="/services/bulky-waste/date"] button[value="continue"]').click();

  await expect(page).toHaveURL(/\/phone$/);
  await expect(page.locator('.known-value')).toContainText('029 2000 0000');
  await expect(page.locator('#phone')).toHaveCount(0);
  await check(page, testInfo);
  await page.locator('#use_profile').check();
  await page.locator('form[action^="/services/bulky-waste/phone"] button').click();
  await expect(page).toHaveURL(/\/email$/);
  await expect(page.locator('.known-value')).toContainText('@example.org');
});

test('with JavaScript, long answers count characters and "None of these" unticks the others', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'js-off', 'an enhancement: without JavaScript the server checks the same rules');
  await page.goto('/services/bulky-waste');
  await ready(page, testInfo);
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await ready(page, testInfo);

  await page.locator('input[value="sofa"]').check();
  await page.locator('input[value="other-only"]').check();
  await expect(page.locator('input[value="sofa"]')).not.toBeChecked();
  await page.locator('input[value="sofa"]').check();
  await expect(page.locator('input[value="other-only"]')).not.toBeChecked();
  await page.locator('form[action^="/services/bulky-waste/items"] button[value="continue"]').click();

  await expect(page).toHaveURL(/\/other-items$/);
  await ready(page, testInfo);
  await expect(page.locator('#other-items-count')).toHaveText('Characters left: 500');
  await page.locator('#other-items').fill('A garden bench');
  await expect(page.locator('#other-items-count')).toHaveText('Characters left: 486');
  await page.locator('#other-items').fill('x'.repeat(503));
  await expect(page.locator('#other-items-count')).toHaveText('Characters too many: 3');
});
