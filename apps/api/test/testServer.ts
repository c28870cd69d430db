// Runs the real app (Express + Apollo + Prisma) on an ephemeral port against a fresh clone of the
// migrated, seeded template database; requests go over HTTP like a browser's, cookies included.
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { createPrisma, type Db } from '../src/db/prisma';
import { createApp } from '../src/server/app';
import type { OidcConfig } from '../src/auth/oidcConfig';
import type { SamlConfig } from '../src/auth/samlConfig';
import { cloneTestDatabase, testPoolMax, type TestDatabase } from './testDatabase';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T;
  errors?: {
    message: string;
    path?: string[];
    extensions?: { code?: string; fields?: { path: string; message: string }[] };
  }[];
  cookie?: string;
}

export interface TestServer {
  url: string;
  db: Db;
  database: TestDatabase;
  /** Counts SQL statements while fn runs (and keeps their text). */
  countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }>;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    cookie?: string,
  ): Promise<GraphQLResponse<T>>;
  signIn(email: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export const demoPassword = 'demo1234';
export const demoEmail = (role: string) => `${role}@demo.ishoj.dk`;

export async function startTestServer(
  options: {
    demoMode?: boolean;
    responseCache?: boolean;
    production?: boolean;
    anonymousRequestsPerMinute?: number;
    secureCookies?: boolean;
    oidc?: OidcConfig;
    saml?: SamlConfig;
  } = {},
): Promise<TestServer> {
  const database = await cloneTestDatabase();
  let counting = false;
  let queries = 0;
  let statements: string[] = [];
  const db = createPrisma(database.url, {
    max: testPoolMax,
    onQuery: (sql) => {
      if (counting) {
        queries++;
        statements.push(sql);
        if (process.env.LOG_SQL) console.log(sql.slice(0, 90));
      }
    },
  });
  const { app, stop } = await createApp(db, {
    demoMode: options.demoMode ?? true,
    secureCookies: options.secureCookies ?? false,
    responseCache: options.responseCache ?? true,
    production: options.production,
    anonymousRequestsPerMinute: options.anonymousRequestsPerMinute,
    oidc: options.oidc,
    saml: options.saml,
  });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const gql: TestServer['gql'] = async (query, variables, cookie) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as GraphQLResponse;
    const setCookie = res.headers.get('set-cookie');
    return { ...body, status: res.status, cookie: setCookie?.split(';')[0] } as never;
  };

  return {
    url,
    db,
    database,
    gql,
    async countQueries(fn) {
      queries = 0;
      statements = [];
      counting = true;
      try {
        const result = await fn();
        return { result, queries, statements };
      } finally {
        counting = false;
      }
    },
    async signIn(email, password = demoPassword) {
      const res = await gql('mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }', {
        e: email,
        p: password,
      });
      if (!res.cookie) throw new Error(`sign-in as ${email} failed: ${JSON.stringify(res.errors)}`);
      return res.cookie;
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      await stop();
      await db.$disconnect();
      await database.drop();
    },
  };
}
