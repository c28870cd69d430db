// A real OpenID Connect provider (`oidc-provider`, the certified Node implementation) in the test's own
// process on loopback (ADR 042). Its users are a map the test may change (remove a user, take a group
// away); its sign-in page asks for a user name only. `signInAs` drives it over HTTP as a browser would
// and hands back the provider's redirect to the app's callback, not followed, so a test can tamper with it.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider, { type ClientMetadata } from 'oidc-provider';

export interface TestIdentity {
  email: string;
  name: string;
  groups: string[];
  /** Kommunekode (e.g. '183', Ishøj); absent: the user belongs to no municipality. */
  municipality_code?: string;
}

export interface TestProvider {
  issuer: string;
  /** The provider's users by login name; tests may change them at any time. */
  users: Map<string, TestIdentity>;
  /** Clients known to the provider; read when the provider answers its first request. */
  clients: ClientMetadata[];
  /** Signs in at the provider from an authorization URL; returns the URL it sends the browser back to. */
  signInAs(authorizationUrl: string, login: string): Promise<string>;
  close(): Promise<void>;
}

/** Group names the tests map to the app's roles (OIDC_ROLE_MAP). */
export const testGroups = {
  sundhedsstab: 'grp-sundhedsstab',
  frontmedarbejder: 'grp-front',
  direktoer: 'grp-direktion',
  klyngesekretariat: 'grp-klynge',
  projektleder: 'grp-projektleder-aeldre',
} as const;

export const testRoleMap = JSON.stringify({
  [testGroups.sundhedsstab]: 'sundhedsstab',
  [testGroups.frontmedarbejder]: 'frontmedarbejder',
  [testGroups.direktoer]: 'direktoer',
  [testGroups.klyngesekretariat]: 'klyngesekretariat:Politisk Sundhedsklynge Syd',
  [testGroups.projektleder]: 'projektleder:Center for Ældre og Rehabilitering',
});

/** The app as the provider's client in tests and benches. */
export const testClient = { client_id: 'sundhedsoverblik', client_secret: 'test-secret-of-the-app-0123456789' };

/** The OIDC_* environment that points the app at the provider (see oidcConfigFromEnv). */
export const appEnvFor = (provider: Pick<TestProvider, 'issuer'>): Record<string, string> => ({
  OIDC_ISSUER: provider.issuer,
  OIDC_CLIENT_ID: testClient.client_id,
  OIDC_CLIENT_SECRET: testClient.client_secret,
  OIDC_ROLE_MAP: testRoleMap,
  OIDC_ALLOW_HTTP: '1',
});

/** Registers the app running at appUrl as the provider's client (its callback is the redirect URI). */
export function registerApp(provider: TestProvider, appUrl: string, clientId = testClient.client_id): void {
  provider.clients.push({
    ...testClient,
    client_id: clientId,
    redirect_uris: [`${appUrl}/api/auth/oidc/callback`],
    grant_types: ['authorization_code', 'refresh_token'],
    response_types: ['code'],
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function loginPage(uid: string, error = ''): string {
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Testudbyder: log ind</title></head>
<body><main><h1>Testudbyder</h1>${error ? `<p role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/interaction/${uid}"><label for="login">Brugernavn</label>
<input id="login" name="login" autocomplete="username"><button type="submit">Fortsæt</button></form></main></body></html>`;
}

async function body(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function createProvider(issuer: string, users: Map<string, TestIdentity>, clients: ClientMetadata[]): Provider {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return new Provider(issuer, {
    clients,
    jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', alg: 'RS256', use: 'sig' }] },
    cookies: { keys: [randomBytes(16).toString('hex')] },
    findAccount: (_ctx, id) => {
      const user = users.get(id);
      return user ? { accountId: id, claims: () => ({ sub: id, ...users.get(id) }) } : undefined;
    },
    claims: { openid: ['sub', 'groups', 'municipality_code'], email: ['email'], profile: ['name'] },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => true },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      RefreshToken: 86_400,
      Grant: 86_400,
      Interaction: 600,
      Session: 86_400,
    },
    issueRefreshToken: (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    // A first-party app: the provider does not ask for consent (the grant covers what the app asks for).
    loadExistingGrant: async (ctx) => {
      const grant = new ctx.oidc.provider.Grant({
        clientId: ctx.oidc.client!.clientId,
        accountId: ctx.oidc.session!.accountId!,
      });
      grant.addOIDCScope('openid profile email offline_access');
      await grant.save();
      return grant;
    },
  });
}

export async function startOidcProvider(): Promise<TestProvider> {
  const users = new Map<string, TestIdentity>();
  const clients: ClientMetadata[] = [];
  let provider: Provider | null = null;
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    provider ??= createProvider(issuer, users, clients);
    const p = provider;
    const match = /^\/interaction\/([\w-]+)$/.exec((req.url ?? '').split('?')[0]!);
    if (!match) return void p.callback()(req, res);
    void (async () => {
      try {
        await p.interactionDetails(req, res);
        if (req.method === 'GET')
          return void res.writeHead(200, { 'content-type': 'text/html' }).end(loginPage(match[1]!));
        const login = (await body(req)).get('login') ?? '';
        if (!users.has(login))
          return void res.writeHead(200, { 'content-type': 'text/html' }).end(loginPage(match[1]!, 'Ukendt bruger'));
        await p.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
      } catch (error) {
        res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    issuer,
    users,
    clients,
    async signInAs(authorizationUrl, login) {
      const jar = new Map<string, string>();
      const send = async (url: string, init: RequestInit = {}) => {
        const res = await fetch(url, {
          ...init,
          redirect: 'manual',
          headers: { ...(init.headers as object), cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; ') },
        });
        for (const cookie of res.headers.getSetCookie()) {
          const [pair] = cookie.split(';');
          const at = pair!.indexOf('=');
          jar.set(pair!.slice(0, at), pair!.slice(at + 1));
        }
        return res;
      };
      let url = authorizationUrl;
      for (let hop = 0; hop < 10; hop++) {
        if (!url.startsWith(issuer)) return url; // back to the app
        const interaction = /\/interaction\/([\w-]+)$/.exec(new URL(url).pathname);
        const res = interaction
          ? await send(url, {
              method: 'POST',
              headers: { 'content-type': 'application/x-www-form-urlencoded' },
              body: new URLSearchParams({ login }).toString(),
            })
          : await send(url);
        const location = res.headers.get('location');
        if (!location) throw new Error(`the provider answered ${res.status} without a redirect: ${await res.text()}`);
        url = new URL(location, url).href;
      }
      throw new Error('too many redirects at the provider');
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
