// A real OpenID provider for Portico's identity tests: npm oidc-provider (OpenID Certified),
// pinned by package-lock.json. tests/api/oidc_provider.rs starts it with
//
//   PORTICO_URL=http://127.0.0.1:PORT node tests/oidc/provider.mjs
//
// It listens on a free port and prints one line, {"issuer": "http://127.0.0.1:…"}, once ready.
// Two clients:
//   one-login-like  private_key_jwt (Portico's key from its /identity/jwks.json), ES256 ID tokens,
//                   a `vtr` parameter that sets the level (`acr`), back-channel logout
//   entra-like      client secret, RS256 ID tokens, a `groups` claim
// There is no login form: the test opens /interaction/{uid}?as=ACCOUNT to sign in as one of the
// accounts below, or ?deny=1 to cancel. Test-only: SSRF protection is off so that the provider
// may call Portico on 127.0.0.1 (its keys, back-channel logout). Never use this outside tests.

import http from 'node:http';
import { generateKeyPairSync } from 'node:crypto';
import Provider from 'oidc-provider';

const portico = process.env.PORTICO_URL;
if (!portico) {
  console.error('PORTICO_URL must be set');
  process.exit(2);
}

const accounts = {
  ann: { email: 'ann@example.org', email_verified: true, given_name: 'Ann', family_name: 'Jones', birthdate: '1970-02-03' },
  bob: { email: 'bob@example.org', email_verified: true, given_name: 'Bob', family_name: 'Smith' },
  sam: { email: 'sam@council.example', email_verified: true, given_name: 'Sam', family_name: 'Jones', groups: ['g-caseworkers'] },
  pat: { email: 'pat@council.example', email_verified: true, given_name: 'Pat', family_name: 'Lee', groups: ['g-other'] },
};

const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const server = http.createServer();
await new Promise((resolve) => server.listen(Number(process.env.OIDC_PORT || 0), '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'one-login-like',
      token_endpoint_auth_method: 'private_key_jwt',
      token_endpoint_auth_signing_alg: 'RS256',
      jwks_uri: `${portico}/identity/jwks.json`,
      id_token_signed_response_alg: 'ES256',
      redirect_uris: [`${portico}/identity/one-login/callback`],
      post_logout_redirect_uris: [`${portico}/signed-out`],
      backchannel_logout_uri: `${portico}/identity/one-login/back-channel-logout`,
      backchannel_logout_session_required: false,
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
    {
      client_id: 'entra-like',
      client_secret: 'entra-secret-for-tests',
      token_endpoint_auth_method: 'client_secret_basic',
      id_token_signed_response_alg: 'RS256',
      redirect_uris: [`${portico}/staff/sign-in/entra/callback`],
      post_logout_redirect_uris: [`${portico}/staff/signed-out`],
      grant_types: ['authorization_code'],
      response_types: ['code'],
    },
  ],
  jwks: { keys: [{ ...ec, kid: 'ec-1', use: 'sig', alg: 'ES256' }, { ...rsa, kid: 'rsa-1', use: 'sig', alg: 'RS256' }] },
  pkce: { required: () => true },
  extraParams: ['vtr'],
  acrValues: ['Cl', 'Cl.Cm', 'Cl.Cm.P2'],
  claims: {
    acr: null,
    auth_time: null,
    sid: null,
    // The level, in every ID token (as One Login's vot is).
    openid: ['sub', 'acr'],
    email: ['email', 'email_verified'],
    profile: ['given_name', 'family_name', 'birthdate'],
    groups: ['groups'],
  },
  scopes: ['openid', 'email', 'profile', 'groups'],
  // Every granted claim in the ID token, as Entra ID and One Login's core claims are.
  conformIdTokenClaims: false,
  features: {
    devInteractions: { enabled: false },
    backchannelLogout: { enabled: true },
    rpInitiatedLogout: { enabled: true },
  },
  cookies: { keys: ['test-only-cookie-key'] },
  findAccount: async (ctx, sub) => accounts[sub] && { accountId: sub, claims: async () => ({ sub, ...accounts[sub] }) },
  interactions: { url: (ctx, interaction) => `/interaction/${interaction.uid}` },
  // Test-only: no SSRF guard, so that Portico on 127.0.0.1 can be reached.
  fetch: (url, options) => {
    delete options.dispatcher;
    return globalThis.fetch(url, options);
  },
});

const callback = provider.callback();
server.on('request', async (req, res) => {
  const url = new URL(req.url, issuer);
  const interaction = url.pathname.match(/^\/interaction\/([^/]+)$/);
  if (!interaction || req.method !== 'GET') {
    return callback(req, res);
  }
  try {
    const details = await provider.interactionDetails(req, res);
    const as = url.searchParams.get('as');
    if (!as && !url.searchParams.get('deny')) {
      // A browser (the end-to-end tests): a small page to choose an account or cancel.
      const options = Object.keys(accounts).map((a) => `<option value="${a}">${a}</option>`).join('');
      res.setHeader('content-type', 'text/html; charset=utf-8');
      return res.end(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Test provider: sign in</title></head><body><main>
<h1>Test identity provider</h1>
<form method="get" action="${url.pathname}"><label for="as">Account</label> <select id="as" name="as">${options}</select> <button type="submit" id="continue">Continue</button></form>
<form method="get" action="${url.pathname}"><input type="hidden" name="deny" value="1"><button type="submit" id="cancel">Cancel</button></form>
</main></body></html>`);
    }
    if (url.searchParams.get('deny') || !accounts[as]) {
      return await provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The person cancelled' }, { mergeWithLastSubmission: false });
    }
    // One Login's vtr: asking for P2 (identity checked) gives the highest level.
    const vtr = String(details.params.vtr || '');
    const acr = vtr.includes('P2') ? 'Cl.Cm.P2' : 'Cl.Cm';
    const grant = new provider.Grant({ accountId: as, clientId: details.params.client_id });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { login: { accountId: as, acr }, consent: { grantId } }, { mergeWithLastSubmission: false });
  } catch (error) {
    res.statusCode = 400;
    res.end(String(error));
  }
});

console.log(JSON.stringify({ issuer }));
