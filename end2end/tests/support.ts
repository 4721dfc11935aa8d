// Shared helpers: page lists, languages, the axe scan and checks every page must pass.
import { expect, test, type Browser, type Page, type Route, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** The languages that are complete; every page is checked in each. */
export const LANGUAGES = [
  { code: 'en', dir: 'ltr', name: 'English' },
  { code: 'cy', dir: 'ltr', name: 'Cymraeg' },
  { code: 'ar', dir: 'rtl', name: 'العربية' },
  { code: 'pl', dir: 'ltr', name: 'Polski' },
  { code: 'uk', dir: 'ltr', name: 'Українська' },
] as const;

/**
 * Long journeys (every page of a service or of the account, each scanned with axe) run in every
 * language with JavaScript, and without JavaScript in one left-to-right and one right-to-left
 * language. The server sends the same HTML either way (islands only add behaviour), so axe sees
 * every language's pages; the no-JavaScript runs prove the journeys work on plain forms, and
 * repeating them in all five languages would take the suite past CI's time budget. Single pages
 * run in every language both ways.
 */
export function skipLongJourneyWithoutJs(testInfo: TestInfo, code: string) {
  test.skip(!jsEnabled(testInfo) && !['en', 'ar'].includes(code), 'without JavaScript, long journeys run in English and Arabic');
}

/** Pages anyone can open, with no data behind them. */
export const PUBLIC_PAGES = ['/', '/accessibility', '/privacy', '/cookies', '/contact'];

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.name !== 'js-off';
}

/**
 * Waits until the page has loaded (stylesheet included: `toHaveURL` passes as soon as a
 * navigation commits, and axe run before the CSS applies finds unstyled links too small to
 * touch), then, with JavaScript on, until the islands have hydrated, so clicks take the
 * enhanced path. A page without an island loads no script, so there is nothing more to wait for.
 */
export async function ready(page: Page, testInfo: TestInfo) {
  await page.waitForLoadState('load');
  if (jsEnabled(testInfo) && (await page.locator('leptos-island').count()) > 0) {
    await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  }
}

/** Fluent wraps variables in bidi isolation marks; titles are compared without them. */
export function plain(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

/**
 * A page that scripts can inspect, for the no-JavaScript project: Playwright cannot evaluate
 * anything in a page with JavaScript disabled. One per browser (so per worker), reused by every
 * check: opening a context for each check cost more than the check. Our own scripts and WASM are
 * blocked in it, so it shows a page exactly as a browser without JavaScript does.
 */
const scanners = new WeakMap<Browser, Promise<Page>>();

function scannerFor(browser: Browser): Promise<Page> {
  let scanner = scanners.get(browser);
  if (!scanner) {
    scanner = (async () => {
      const context = await browser.newContext({ javaScriptEnabled: true });
      await context.route(/\.(js|wasm)(\?.*)?$/, (route) => route.abort());
      return context.newPage();
    })();
    scanners.set(browser, scanner);
  }
  return scanner;
}

/**
 * Runs `check` on a page that scripts can inspect. With JavaScript on that is the page itself.
 * Without, the no-JS page's document (as that browser parsed it, error states included) is
 * shown in the scanner at the same address, without asking the server again: a second request
 * could answer differently (a form's result is not a page one can open twice).
 */
async function inspect(page: Page, testInfo: TestInfo, check: (target: Page) => Promise<void>) {
  // Every scan sees the page as loaded, whether or not its test called `ready` first.
  await page.waitForLoadState('load');
  if (jsEnabled(testInfo)) {
    await check(page);
    return;
  }
  const target = await scannerFor(page.context().browser()!);
  const url = page.url();
  const html = await page.content();
  const size = page.viewportSize();
  if (size) await target.setViewportSize(size);
  const document = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
  await target.route(url, document);
  try {
    await target.goto(url);
    await check(target);
  } finally {
    await target.unroute(url, document);
  }
}

/** axe-core itself, read once per worker and put into a page only when that page lacks it. */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe-core run in the page, asked for violations only. (`@axe-core/playwright` does the same
 * checks but costs about 0.7 s more per page, chiefly by finishing every run in a new page of
 * its own: several minutes of CI on these two cores.) Our pages have no frames to reach into.
 * The source goes in through Playwright's `evaluate`, which the page's Content-Security-Policy
 * does not govern, as a script tag would be.
 */
async function axeFinds(target: Page) {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const violations = await target.evaluate(async (tags) => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const axe = (window as any).axe;
    const results = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations.map((v: { id: string; impact: string; help: string; nodes: { target: string[] }[] }) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  }, AXE_TAGS);
  const summary = violations.map(
    (v: { id: string; impact: string; help: string; targets: string[] }) => `${v.id} (${v.impact}): ${v.help}\n    ${v.targets.join('\n    ')}`,
  );
  expect(summary, `axe violations on ${target.url()}`).toEqual([]);
}

async function fitsAt320(target: Page) {
  const size = target.viewportSize();
  await target.setViewportSize({ width: 320, height: 640 });
  const overflow = await target.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `horizontal overflow in px at 320 px wide on ${target.url()}`).toBeLessThanOrEqual(0);
  if (size) await target.setViewportSize(size);
}

/** axe-core finds no WCAG 2.2 AA or best-practice violation. */
export async function expectNoAxeViolations(page: Page, testInfo: TestInfo) {
  await inspect(page, testInfo, axeFinds);
}

/** The page fits a 320 px wide screen without scrolling sideways (WCAG 1.4.10 reflow). */
export async function expectNoHorizontalScrollAt320(page: Page, testInfo: TestInfo) {
  await inspect(page, testInfo, fitsAt320);
}

/** Both checks every page must pass (axe, then reflow at 320 px), on one inspection of the page. */
export async function expectAccessible(page: Page, testInfo: TestInfo) {
  await inspect(page, testInfo, async (target) => {
    await axeFinds(target);
    await fitsAt320(target);
  });
}

/** A unique email address for one test run. */
export function uniqueEmail(name: string): string {
  return `${name}.${Date.now()}.${Math.floor(Math.random() * 1e6)}@example.org`;
}

/** The link to this site in the newest email to `to`, as a path (waits for the outbox worker). */
export async function linkInEmail(to: string): Promise<string> {
  const fs = await import('node:fs/promises');
  const path = await import('node:path');
  const dir = process.env.PORTICO_E2E_OUTBOX!;
  for (let attempt = 0; attempt < 50; attempt++) {
    const names = (await fs.readdir(dir).catch(() => [] as string[])).sort().reverse();
    for (const name of names) {
      const text = await fs.readFile(path.join(dir, name), 'utf8');
      if (text.startsWith(`To: ${to}\n`)) {
        const match = text.match(/http:\/\/127\.0\.0\.1:\d+(\/\S+)/);
        if (match) return match[1];
      }
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`no email with a link to ${to}`);
}

export const CITIZEN_PASSWORD = 'correct horse battery staple';

/** Creates an account through the pages, confirms it from the outbox and signs in. */
export async function signUpAndSignIn(page: Page, email: string) {
  await page.goto('/account/create');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(CITIZEN_PASSWORD);
  await page.locator('form[action="/account/create"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/account\/check-email$/);
  await page.goto(await linkInEmail(email));
  await page.goto('/sign-in');
  await page.locator('#email').fill(email);
  await page.locator('#password').fill(CITIZEN_PASSWORD);
  await page.locator('form[action="/sign-in"] button[type="submit"]').click();
  await expect(page).toHaveURL(/\/profile$/);
}

export const STAFF_PASSWORD = 'a long staff passphrase';

/** Adds a member of staff with the `portico staff add` command, as an operator would. */
export function addStaff(email: string, role: 'caseworker' | 'designer' | 'translator' | 'admin', teams: string[] = []) {
  const { execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const path = require('node:path') as typeof import('node:path');
  const root = process.env.PORTICO_E2E_ROOT!;
  execFileSync(process.env.PORTICO_E2E_BINARY!, ['staff', 'add', '--email', email, '--name', 'Sam Jones', '--role', role, ...teams.flatMap((t) => ['--team', t])], {
    input: `${STAFF_PASSWORD}\n`,
    env: {
      ...process.env,
      DATABASE_URL: `sqlite:${process.env.PORTICO_E2E_DATABASE}`,
      PORTICO_LOCALES_DIR: path.join(root, 'locales'),
      PORTICO_SERVICES_DIR: path.join(root, 'src/services/definitions'),
      PORTICO_LOG: 'warn',
    },
  });
}
