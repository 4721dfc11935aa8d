// End-to-end tests: Portico's debug build served on port 3100 with a fresh SQLite database,
// driven in Debian's Chromium once with JavaScript and once without.
import { defineConfig } from '@playwright/test';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const port = Number(process.env.PORTICO_E2E_PORT ?? 3100);
const root = path.resolve(__dirname, '..');
const binary = process.env.PORTICO_BIN ?? path.join(root, 'target/debug/portico');
// Worker processes inherit these from the main process, so every process agrees on them.
const database = process.env.PORTICO_E2E_DATABASE ?? path.join(os.tmpdir(), `portico-e2e-${process.pid}-${Date.now()}.db`);
process.env.PORTICO_E2E_DATABASE = database;
process.env.PORTICO_E2E_BINARY = binary;
process.env.PORTICO_E2E_ROOT = root;
// The development outbox: every email the server sends is a file here (tests read the links).
export const outbox = process.env.PORTICO_E2E_OUTBOX ?? path.join(os.tmpdir(), `portico-e2e-outbox-${port}`);
process.env.PORTICO_E2E_OUTBOX = outbox;
// Every page the server renders is kept here and checked for valid HTML after the run.
const pages = process.env.PORTICO_E2E_PAGES ?? path.join(os.tmpdir(), `portico-e2e-pages-${process.pid}-${Date.now()}`);
process.env.PORTICO_E2E_PAGES = pages;
// The test identity provider's port, and Portico's providers file pointing at it.
const oidcPort = Number(process.env.PORTICO_E2E_OIDC_PORT ?? 3190);
const identityProviders = path.join(os.tmpdir(), `portico-e2e-providers-${process.pid}.toml`);
fs.writeFileSync(identityProviders, `
[signing_key]
file = "${path.join(root, 'tests/oidc/portico-test-key.pem')}"
kid = "portico-test"

[[provider]]
id = "one-login"
for = "citizens"
name = "GOV.UK One Login"
issuer = "http://127.0.0.1:${oidcPort}"
client_id = "one-login-like"
client_auth = "private_key_jwt"
scopes = ["email", "profile"]
authorization_params = { vtr = '["Cl.Cm"]' }
level_claim = "acr"
levels = { medium = "Cl.Cm", high = "Cl.Cm.P2" }
minimum_level = "medium"
signing_algs = ["ES256"]
`);

export default defineConfig({
  testDir: './tests',
  globalTeardown: './html-check.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Never download a browser: use the system's.
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        // Less for the browser to do on two cores shared with the server and the test workers.
        '--disable-extensions',
        '--disable-features=Translate,MediaRouter,OptimizationHints,AutofillServerCommunication,PaintHolding',
        '--disable-renderer-backgrounding',
        '--disable-smooth-scrolling',
        '--disable-threaded-animation',
        '--disable-threaded-scrolling',
      ],
    },
    trace: 'off',
    // A small desktop window: pages are drawn in software here, and a smaller window is a
    // fifth faster over the suite. Phones are checked by the 320 px reflow check on every page.
    viewport: { width: 800, height: 600 },
  },
  projects: [
    { name: 'js-on', use: { javaScriptEnabled: true } },
    { name: 'js-off', use: { javaScriptEnabled: false } },
  ],
  webServer: [{
    // The test identity provider (npm oidc-provider, tests/oidc): identity.spec.ts signs in
    // through it. It calls Portico back for its keys and for back-channel logout.
    command: 'node provider.mjs',
    cwd: path.join(root, 'tests/oidc'),
    url: `http://127.0.0.1:${oidcPort}/.well-known/openid-configuration`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORTICO_URL: `http://127.0.0.1:${port}`, OIDC_PORT: String(oidcPort) },
  }, {
    command: binary,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: path.join(root, 'target/site'),
      PORTICO_LOCALES_DIR: path.join(root, 'locales'),
      PORTICO_SERVICES_DIR: path.join(root, 'src/services/definitions'),
      DATABASE_URL: `sqlite:${database}`,
      PORTICO_SECURE_COOKIES: 'false',
      PORTICO_LOG: 'warn',
      PORTICO_OUTBOX_DIR: outbox,
      PORTICO_KEEP_PAGES_DIR: pages,
      PORTICO_UPLOADS_DIR: path.join(os.tmpdir(), `portico-e2e-uploads-${port}`),
      PORTICO_PUBLIC_URL: `http://127.0.0.1:${port}`,
      PORTICO_IDENTITY_PROVIDERS: identityProviders,
      // Development mode: the pseudo-locales are served (see pseudo-locale.spec.ts).
      PORTICO_DEV: 'true',
    },
  }],
});
