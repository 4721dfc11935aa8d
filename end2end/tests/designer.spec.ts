// The service designer: an admin builds a service in the browser, page by page, and every
// designer page passes axe (and fits 320 px) in every complete language, with JavaScript on and off.
import { test, expect, type Page, type TestInfo } from '@playwright/test';
import {
  LANGUAGES, STAFF_PASSWORD, addStaff, expectAccessible, ready, skipLongJourneyWithoutJs, uniqueEmail,
} from './support';

async function check(page: Page, testInfo: TestInfo) {
  await ready(page, testInfo);
  await expectAccessible(page, testInfo);
}

async function save(page: Page, action: string) {
  await page.locator(`form[action="${action}"] button[type="submit"]`).last().click();
}

for (const language of LANGUAGES) {
  test(`a service is built in the designer, every page accessible, in ${language.name}`, async ({ page }, testInfo) => {
    skipLongJourneyWithoutJs(testInfo, language.code);
    test.setTimeout(120_000);
    const email = uniqueEmail(`designer-${language.code}`);
    addStaff(email, 'admin');
    await page.goto(`/staff/sign-in?lang=${language.code}`);
    await page.locator('#email').fill(email);
    await page.locator('#password').fill(STAFF_PASSWORD);
    await page.locator('form[action="/staff/sign-in"] button[type="submit"]').click();

    await page.goto('/staff/designer');
    await check(page, testInfo);
    await page.locator('a[href="/staff/designer/new"]').click();
    await check(page, testInfo);
    // Nothing chosen: the errors, then the service.
    await save(page, '/staff/designer/new');
    await expect(page.locator('.error-summary')).toBeVisible();
    await check(page, testInfo);
    const id = `pothole-${language.code}-${testInfo.project.name}-${Date.now() % 100000}`;
    await page.locator('#name').fill('Report a pothole');
    await page.locator('#id').fill(id);
    await page.locator('input[name="team"][value="parking"]').check();
    await save(page, '/staff/designer/new');
    const base = `/staff/designer/${id}`;
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await expect(page.locator('.error-summary')).toBeVisible();
    await check(page, testInfo);

    await page.goto(`${base}/details`);
    await check(page, testInfo);
    await page.locator('#summary').fill('Tell us where a road needs mending.');
    await page.locator('#declaration').fill('What I have told you is true.');
    await page.locator('#target_working_days').fill('5');
    await save(page, `${base}/details`);
    await expect(page).toHaveURL(new RegExp(`${base}$`));

    await page.goto(`${base}/questions`);
    await check(page, testInfo);
    await page.locator(`a[href="${base}/questions/new"]`).click();
    await check(page, testInfo);
    await page.locator('#label').fill('How big is the pothole?');
    await page.locator('input[name="kind"][value="radios"]').check();
    await save(page, `${base}/questions/new`);
    await expect(page).toHaveURL(new RegExp(`${base}/questions/how-big-is-the-pothole$`));
    await check(page, testInfo);
    await page.locator('#options').fill('Smaller than a plate\nBigger than a plate');
    await save(page, `${base}/questions/how-big-is-the-pothole`);
    await page.goto(`${base}/questions/how-big-is-the-pothole/options/bigger-than-a-plate`);
    await check(page, testInfo);
    await page.goto(`${base}/questions/new`);
    await page.locator('#label').fill('Where is it?');
    await page.locator('input[name="kind"][value="long_text"]').check();
    await save(page, `${base}/questions/new`);
    // An "add another" question, and a question for each of its items.
    await page.goto(`${base}/questions/new`);
    await page.locator('#label').fill('Other potholes');
    await page.locator('input[name="kind"][value="repeat"]').check();
    await save(page, `${base}/questions/new`);
    await expect(page).toHaveURL(new RegExp(`${base}/questions/other-potholes$`));
    await check(page, testInfo);
    await page.goto(`${base}/questions/other-potholes/fields/new`);
    await check(page, testInfo);
    await page.locator('#label').fill('Where is this one?');
    await page.locator('input[name="kind"][value="text"]').check();
    await save(page, `${base}/questions/other-potholes/fields/new`);
    await expect(page).toHaveURL(new RegExp(`${base}/questions/other-potholes/fields/where-is-this-one$`));
    await check(page, testInfo);
    await page.goto(`${base}/questions`);
    await check(page, testInfo);
    await page.locator('button[value="up:where-is-it"]').click();
    await expect(page.locator('.summary-list__key').first()).toContainText('Where is it?');

    // Routes in two steps, and an exit page to route to.
    await page.goto(`${base}/exits`);
    await check(page, testInfo);
    await page.locator(`a[href="${base}/exits/new"]`).click();
    await check(page, testInfo);
    await page.locator('#title').fill('We do not mend small potholes');
    await page.locator('#body').fill('Tell the highways team instead.');
    await save(page, `${base}/exits/new`);
    const routes = `${base}/questions/how-big-is-the-pothole/routes`;
    await page.goto(routes);
    await check(page, testInfo);
    await page.locator(`a[href="${routes}/new"]`).click();
    await check(page, testInfo);
    await page.locator('input[name="on"][value="how-big-is-the-pothole"]').check();
    await page.locator(`form[action="${routes}/new"] button[type="submit"]`).click();
    await check(page, testInfo);
    await page.locator('input[name="op"][value="equals"]').check();
    await page.locator('input[name="value"][value="smaller-than-a-plate"]').check();
    await page.locator('input[name="go"][value="exit:we-do-not-mend-small-potholes"]').check();
    await save(page, `${routes}/new`);
    await expect(page).toHaveURL(new RegExp(`${routes}$`));
    await check(page, testInfo);

    // Translations side by side, a stored version, and the preview with its banner.
    await page.goto(`${base}/translations`);
    await check(page, testInfo);
    await page.goto(`${base}/translations/cy`);
    await check(page, testInfo);
    await page.goto(`${base}/versions/1`);
    await check(page, testInfo);
    await page.goto(`${base}/preview`);
    await expect(page.locator('.notification-banner')).toBeVisible();
    await check(page, testInfo);
    await page.goto(`${base}/preview?end=1`);

    // A test journey: recorded from what the draft does now, saved, listed, changed.
    await page.goto(`${base}/journeys`);
    await check(page, testInfo);
    await page.locator(`a[href="${base}/journeys/new"]`).click();
    await check(page, testInfo);
    await save(page, `${base}/journeys/new`);
    await expect(page.locator('.error-summary')).toBeVisible();
    await check(page, testInfo);
    await page.locator('#name').fill('A small pothole');
    await page.locator('#answer-where-is-it').fill('Outside 4 High Street');
    await page.locator('#answer-how-big-is-the-pothole').selectOption('smaller-than-a-plate');
    await page.locator('button[value="record"]').click();
    await expect(page.locator('input[name="page"]')).toHaveCount(2);
    await check(page, testInfo);
    await save(page, `${base}/journeys/new`);
    await expect(page).toHaveURL(new RegExp(`${base}/journeys$`));
    await expect(page.locator('.tag--green')).toHaveCount(1);
    await check(page, testInfo);
    await page.locator(`a[href^="${base}/journeys/"]:not([href$="/new"])`).first().click();
    await check(page, testInfo);

    await page.goto(`${base}/publish`);
    await check(page, testInfo);
    await page.locator('#confirm').check();
    await save(page, `${base}/publish`);
    await expect(page).toHaveURL(new RegExp(`${base}$`));
    await check(page, testInfo);
    await page.goto(`/services/${id}`);
    await expect(page.locator('h1')).toHaveText('Report a pothole');
  });
}
