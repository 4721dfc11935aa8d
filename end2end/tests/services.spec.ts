// Applying for a service, in every complete language, with JavaScript on and off: every
// question page (and one in its error state), check your answers, the confirmation and
// "Your applications" pass axe and fit a 320 px screen.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, skipLongJourneyWithoutJs, expectAccessible, ready, signUpAndSignIn, uniqueEmail } from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

/** A tiny PNG (the server checks the content, not the name). */
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);

async function next(page: Page, question: string) {
  await page.locator(`form[action^="/services/parking-permit/${question}"] button[value="continue"]`).click();
}

for (const language of LANGUAGES) {
  test(`a citizen applies for a resident parking permit in ${language.name}`, async ({ page }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
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
    skipLongJourneyWithoutJs(testInfo, language.code);
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

    await expect(page).toHaveURL(/\/has-other-items$/);
    await page.locator('#has-other-items').check();
    await page.locator('form[action^="/services/bulky-waste/has-other-items"] button[value="continue"]').click();

    // "Add another": the first item's page; an empty item is refused (by the browser with
    // JavaScript, by the server without), then two items are added and one removed.
    await expect(page).toHaveURL(/\/other-items$/);
    await check(page, testInfo);
    await page.locator('#journey-form button[value="continue"]').click();
    await expect(page.locator('.error-summary')).toBeVisible();
    await expect(page.locator('#other-items-description-error')).toBeVisible();
    await check(page, testInfo);
    await page.locator('#other-items-description').fill('A garden bench');
    await page.locator('#other-items-size-3').check();
    await page.locator('#journey-form button[value="continue"]').click();
    await expect(page).toHaveURL(/\/other-items$/);
    await expect(page.locator('dl.summary-list')).toContainText('garden bench');
    await check(page, testInfo);
    await page.locator('#add_another').check();
    await page.locator('form[action="/services/bulky-waste/other-items"] button[value="continue"]').click();
    await expect(page).toHaveURL(/\/other-items\?item=2$/);
    await page.locator('#other-items-description').fill('An exercise bike');
    await page.locator('#other-items-size-2').check();
    await page.locator('#journey-form button[value="continue"]').click();
    await expect(page.locator('dl.summary-list .summary-list__row')).toHaveCount(2);
    await page.locator('form[action="/services/bulky-waste/other-items?remove=2"] button').click();
    await expect(page.locator('dl.summary-list .summary-list__row')).toHaveCount(1);
    await page.locator('#add_another-2').check();
    await page.locator('form[action="/services/bulky-waste/other-items"] button[value="continue"]').click();

    await page.locator('#address-line1').fill('2 Low Street');
    await page.locator('#address-town').fill('Cardiff');
    await page.locator('#address-postcode').fill('CF10 2AB');
    await page.locator('form[action^="/services/bulky-waste/address"] button[value="continue"]').click();

    // "Somewhere else" reveals a follow-up question (always shown without JavaScript).
    await expect(page).toHaveURL(/\/location$/);
    if (testInfo.project.name === 'js-on') {
      await ready(page, testInfo);
      await expect(page.locator('#location-details')).toBeHidden();
    }
    await page.locator('#location-4').check();
    await expect(page.locator('#location-details')).toBeVisible();
    await page.locator('#location-details').fill('By the side gate');
    await check(page, testInfo);
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
  await page.locator('#has-other-items-2').check();
  await page.locator('form[action^="/services/bulky-waste/has-other-items"] button[value="continue"]').click();
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

  await page.locator('#has-other-items').check();
  await page.locator('form[action^="/services/bulky-waste/has-other-items"] button[value="continue"]').click();

  await expect(page).toHaveURL(/\/other-items$/);
  await ready(page, testInfo);
  await expect(page.locator('#other-items-description-count')).toHaveText('Characters left: 200');
  await page.locator('#other-items-description').fill('A garden bench');
  await expect(page.locator('#other-items-description-count')).toHaveText('Characters left: 186');
  await page.locator('#other-items-description').fill('x'.repeat(203));
  await expect(page.locator('#other-items-description-count')).toHaveText('Characters too many: 3');
});

test('with JavaScript, the shared rules check answers in the browser before anything is sent', async ({ page }, testInfo) => {
  test.skip(testInfo.project.name === 'js-off', 'an enhancement: without JavaScript the server shows the same errors');
  await page.goto('/services/bulky-waste');
  await ready(page, testInfo);
  await page.locator('form[action="/services/bulky-waste/start"] button').click();
  await ready(page, testInfo);
  const posts: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST') posts.push(r.url()); });

  await page.locator('#journey-form button[value="continue"]').click();
  const summary = page.locator('.error-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.locator('a[href="#items"]')).toHaveText('Select at least one option');
  await expect(page).toHaveTitle(/^Error: /);
  await expect(page.locator('#items')).toHaveAttribute('aria-invalid', 'true');
  expect(posts, 'nothing was sent').toEqual([]);

  // Correcting the answer sends the form; the server has the last word.
  await page.locator('input[value="sofa"]').check();
  await page.locator('#journey-form button[value="continue"]').click();
  await expect(page).toHaveURL(/\/has-other-items$/);
});

for (const js of [true, false]) {
  test(`switching language on a question page keeps what was typed (${js ? 'button' : 'Enter key continues'})`, async ({ page }, testInfo) => {
    await page.goto('/services/bulky-waste');
    await ready(page, testInfo);
    await page.locator('form[action="/services/bulky-waste/start"] button').click();
    await page.locator('input[value="sofa"]').check();
    await page.locator('#journey-form button[value="continue"]').click();
    await page.locator('#has-other-items-2').check();
    await page.locator('#journey-form button[value="continue"]').click();
    await expect(page).toHaveURL(/\/address$/);
    await page.locator('#address-line1').fill('2 Low Street');
    await page.locator('#address-town').fill('Cardiff');
    if (js) {
      await page.locator('.lang-switcher button[lang="cy"]').click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
      await expect(page.locator('#address-line1')).toHaveValue('2 Low Street');
      await expect(page.locator('#address-town')).toHaveValue('Cardiff');
      await check(page, testInfo);
    } else {
      // Enter in a field continues (the hidden default button), it does not switch language.
      await page.locator('#address-postcode').fill('CF10 2AB');
      await page.locator('#address-postcode').press('Enter');
      await expect(page).toHaveURL(/\/location$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    }
  });
}
