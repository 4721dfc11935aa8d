// The longest journey: a Blue Badge for someone else, through the walking questions, with a
// photo and evidence, in every complete language, JavaScript on and off, axe on every page.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import { LANGUAGES, skipLongJourneyWithoutJs, expectAccessible, ready, signUpAndSignIn, uniqueEmail } from './support';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)]);

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function next(page: Page, question: string) {
  await page.locator(`form[action^="/services/blue-badge/${question}"] button[value="continue"]`).click();
}

for (const language of LANGUAGES) {
  test(`a parent applies for a Blue Badge for their child in ${language.name}`, async ({ page }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    test.setTimeout(300_000);
    await page.goto(`/?lang=${language.code}`);
    await signUpAndSignIn(page, uniqueEmail(`badge-${language.code}`));
    await page.goto('/services/blue-badge');
    await check(page, testInfo);
    await page.locator('form[action="/services/blue-badge/start"] button').click();

    const steps: Array<[string, (p: Page) => Promise<void>]> = [
      ['who-for', (p) => p.locator('#who-for-2').check()],
      ['their-name', (p) => p.locator('#their-name').fill('Dylan Jones')],
      ['their-dob', async (p) => {
        await p.locator('#their-dob-day').fill('1');
        await p.locator('#their-dob-month').fill('6');
        await p.locator('#their-dob-year').fill('2015');
      }],
      ['their-address', async (p) => {
        await p.locator('#their-address-line1').fill('5 Park Road');
        await p.locator('#their-address-town').fill('Cardiff');
        await p.locator('#their-address-postcode').fill('CF11 9AA');
      }],
      ['relationship', (p) => p.locator('#relationship').check()],
      ['benefits', (p) => p.locator('#benefits-5').check()],
      ['condition', async (p) => {
        await p.locator('input[value="walking"]').check();
        await p.locator('input[value="hidden"]').check();
      }],
      ['walking-distance', (p) => p.locator('#walking-distance-2').check()],
      ['walking-aids', (p) => p.locator('input[value="frame"]').check()],
      ['walking-time', (p) => p.locator('#walking-time-3').check()],
      ['condition-description', (p) => p.locator('#condition-description').fill('Cerebral palsy: walks with a frame, tires within a few metres, and busy places cause severe distress.')],
      ['evidence', (p) => p.locator('#evidence').setInputFiles({ name: 'consultant-letter.png', mimeType: 'image/png', buffer: PNG })],
      ['photo', (p) => p.locator('#photo').setInputFiles({ name: 'dylan.png', mimeType: 'image/png', buffer: PNG })],
      ['phone', (p) => p.locator('#phone').fill('029 2000 0000')],
    ];
    for (const [question, fill] of steps) {
      await expect(page).toHaveURL(new RegExp(`/services/blue-badge/${question}$`));
      await check(page, testInfo);
      await fill(page);
      await next(page, question);
    }

    await expect(page).toHaveURL(/\/check-answers$/);
    await expect(page.locator('dl.summary-list')).toContainText('Dylan Jones');
    await expect(page.locator('dl.summary-list')).toContainText('dylan.png');
    await check(page, testInfo);
    await page.locator('form[action="/services/blue-badge/submit"] button').click();
    await expect(page).toHaveURL(/\/confirmation\/[A-HJ-NP-Y2-9]{8}$/);
    await check(page, testInfo);
  });
}

test('one journey by keyboard alone: the Blue Badge exit path', async ({ page }, testInfo) => {
  await signUpAndSignIn(page, uniqueEmail('keyboard'));
  await page.goto('/services/blue-badge');
  await ready(page, testInfo);
  // Reach the start button by tabbing, then press it.
  const start = page.locator('form[action="/services/blue-badge/start"] button');
  for (let i = 0; i < 40 && !(await start.evaluate((el) => el === document.activeElement).catch(() => false)); i++) {
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/who-for$/);
  // Radios: tab into the group, arrows choose, Enter submits.
  await page.locator('#who-for').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/dob$/);
  await page.locator('#dob-day').focus();
  await page.keyboard.type('3');
  await page.keyboard.press('Tab');
  await page.keyboard.type('4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1950');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/address$/);
  await page.locator('#address-line1').focus();
  await page.keyboard.type('1 High Street');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Cardiff');
  await page.keyboard.press('Tab');
  await page.keyboard.type('CF10 1EP');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/benefits$/);
  await page.locator('#benefits-5').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/condition$/);
  await page.locator('input[value="none"]').focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/exit\/not-eligible$/);
});
