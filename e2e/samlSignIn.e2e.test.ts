// Staff sign in through KOMBIT's Context Handler in Chromium (issue 15, ADR 050): a tiny SAML identity
// provider page runs in this process on loopback, answering the app's AuthnRequest with a Response
// signed by a test key made for this run; the built app is started with SAML_* pointing at it. Each
// role lands on its start page with the shell rendered; a user without a mapped privilege is sent back
// to the sign-in page with a Danish message.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';
import {
  cvrScope,
  makeKeyPair,
  requestOf,
  samlEnvFor,
  samlResponse,
  TEST_CVR,
  testPrivileges,
  type KeyPair,
} from '../apps/api/test/samlIdp';

jest.setTimeout(180_000);

let key: KeyPair;
let idp: Server;
let app: RunningApp;
let browser: Browser;
let acsUrl: string;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
const page = (body: string) =>
  `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Test-IdP</title></head><body><main>${body}</main></body></html>`;

/** The identity provider: a sign-in form for the AuthnRequest, then a form that posts the signed answer to the app. */
function startIdp(): Promise<string> {
  idp = createServer((req, res) => {
    const url = new URL(req.url!, 'http://idp');
    res.setHeader('content-type', 'text/html; charset=utf-8');
    if (req.method === 'GET' && url.pathname === '/sso') {
      const { id } = requestOf(url.href);
      return void res.end(
        page(
          `<h1>Test-IdP</h1><form method="post" action="/sso"><input type="hidden" name="request" value="${escape(id)}">` +
            `<label for="login">Brugernavn</label><input id="login" name="login"><button>Fortsæt</button></form>`,
        ),
      );
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const form = new URLSearchParams(body);
      const login = form.get('login') ?? '';
      const role = login.replace(/^e2e-saml-/, '') as keyof typeof testPrivileges;
      const response = samlResponse(key, {
        inResponseTo: form.get('request'),
        nameId: login,
        recipient: acsUrl,
        privileges: [{ scope: cvrScope(TEST_CVR), privileges: [testPrivileges[role] ?? 'urn:unmapped'] }],
      });
      res.end(
        page(
          `<h1>Test-IdP</h1><form method="post" action="${escape(acsUrl)}">` +
            `<input type="hidden" name="SAMLResponse" value="${response}"><button>Videre til Sundhedsoverblik</button></form>`,
        ),
      );
    });
  });
  return new Promise((resolve) =>
    idp.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(idp.address() as AddressInfo).port}`)),
  );
}

/** A free loopback port for the app, so its ACS address is known before it starts. */
function freePort(): Promise<number> {
  const probe = createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

beforeAll(async () => {
  key = makeKeyPair('E2E Context Handler');
  const [idpUrl, port] = await Promise.all([startIdp(), freePort()]);
  acsUrl = `http://127.0.0.1:${port}/api/auth/saml/acs`;
  [app, browser] = await Promise.all([
    startApp({
      env: { ...samlEnvFor(key, { SAML_ENTRY_POINT: `${idpUrl}/sso`, SAML_ACS_URL: acsUrl }), PORT: String(port) },
    }),
    launchBrowser(),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await new Promise((resolve) => idp?.close(resolve));
});

const startPaths: Record<string, string> = {
  sundhedsstab: '/',
  frontmedarbejder: '/tilbud',
  direktoer: '/',
  klyngesekretariat: '/klynge',
  projektleder: '/projekter',
};

async function signInThroughKombit(login: string) {
  const tab = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  await tab.goto(`${app.url}/log-ind`);
  await tab.getByRole('link', { name: 'Log ind via KOMBIT' }).click();
  await tab.getByLabel('Brugernavn').fill(login);
  await tab.getByRole('button', { name: 'Fortsæt' }).click();
  await tab.getByRole('button', { name: 'Videre til Sundhedsoverblik' }).click();
  return tab;
}

test("the sign-in page offers KOMBIT's login and passes axe", async () => {
  const tab = await (await browser.newContext({ locale: 'da-DK' })).newPage();
  await tab.goto(`${app.url}/log-ind`);
  await tab.getByRole('link', { name: 'Log ind via KOMBIT' }).waitFor();
  expect(await axeViolations(tab)).toEqual([]);
  await tab.context().close();
});

test.each(Object.keys(testPrivileges))('a %s signs in through KOMBIT and lands on the start page', async (role) => {
  const tab = await signInThroughKombit(`e2e-saml-${role}`);
  await tab.getByRole('button', { name: 'Log ud', exact: true }).waitFor();
  expect(new URL(tab.url()).pathname).toBe(startPaths[role]);
  const rows = await app.sql(`SELECT "role"::text AS role, "origin" FROM "StaffUser" WHERE "email" = $1`, [
    `e2e-saml-${role}@ishoj.dk`,
  ]);
  expect(rows).toEqual([{ role, origin: 'saml' }]);
  await tab.context().close();
});

test('a user without a mapped privilege is refused with a Danish message and no account', async () => {
  const tab = await signInThroughKombit('e2e-saml-nobody');
  await tab.getByRole('alert').filter({ hasText: 'Din konto har ingen rolle i Sundhedsoverblik' }).waitFor();
  expect(new URL(tab.url()).pathname).toBe('/log-ind');
  expect(await axeViolations(tab)).toEqual([]);
  expect(await app.sql(`SELECT 1 FROM "StaffUser" WHERE "email" = 'e2e-saml-nobody@ishoj.dk'`)).toEqual([]);
  await tab.context().close();
});
