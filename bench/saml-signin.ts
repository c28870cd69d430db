// Issue 15, ADR 050: the server's share of a SAML sign-in through KOMBIT's Context Handler: the POST of
// a signed Response to /api/auth/saml/acs (node-saml's signature and condition checks, the request id
// claimed, the account mapped, the session started) until the app's 303 to the start page. The real app
// (createApp) and a seeded PostgreSQL database in this process, the Response signed by a test IdP key
// before the clock starts. Reports the median wall-clock per sign-in and the process's CPU time per
// sign-in (process.cpuUsage, server and the fetch client together; the load distorts it less). The
// browser's part after the redirect (document, `me`, shell) is the OIDC path's: bench/oidc-signin.ts.
// Usage: pnpm exec tsx bench/saml-signin.ts [rounds=50]
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { samlConfigFromEnv } from '../apps/api/src/auth/samlConfig';
import { createApp } from '../apps/api/src/server/app';
import {
  cvrScope,
  makeKeyPair,
  requestOf,
  samlEnvFor,
  samlResponse,
  TEST_CVR,
  testPrivileges,
} from '../apps/api/test/samlIdp';
import { withSeededDatabase } from './lib/seededDatabase';

const rounds = Number(process.argv[2] ?? 50);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main() {
  const idp = makeKeyPair('Bench Context Handler');
  await withSeededDatabase('saml_bench', { pool: 4 }, async (db) => {
    const { app, stop } = await createApp(db, {
      demoMode: false,
      secureCookies: false,
      responseCache: true,
      saml: samlConfigFromEnv(samlEnvFor(idp))!,
    });
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const wall: number[] = [];
      const cpu: number[] = [];
      for (let round = 0; round <= rounds; round++) {
        const login = await fetch(`${url}/api/auth/saml/login`, { redirect: 'manual' });
        const { id } = requestOf(login.headers.get('location')!);
        const body = new URLSearchParams({
          SAMLResponse: samlResponse(idp, {
            inResponseTo: id,
            nameId: 'bench',
            privileges: [{ scope: cvrScope(TEST_CVR), privileges: [testPrivileges.sundhedsstab] }],
          }),
        }).toString();
        const cpu0 = process.cpuUsage();
        const t0 = performance.now();
        const res = await fetch(`${url}/api/auth/saml/acs`, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body,
        });
        const elapsed = performance.now() - t0;
        const used = process.cpuUsage(cpu0);
        if (res.headers.get('location') !== '/') throw new Error(`refused: ${res.headers.get('location')}`);
        if (round > 0) {
          // round 0 warms the code paths
          wall.push(elapsed);
          cpu.push((used.user + used.system) / 1000);
        }
      }
      console.log(
        `SAML ACS (validate, claim, account, session) -> 303, ${wall.length} sign-ins: wall median ${median(wall).toFixed(1)} ms ` +
          `(min ${Math.min(...wall).toFixed(1)}), CPU median ${median(cpu).toFixed(1)} ms`,
      );
      console.log(
        `load average (1, 5, 15 min): ${loadavg()
          .map((l) => l.toFixed(2))
          .join(', ')}`,
      );
    } finally {
      await new Promise((resolve) => server.close(resolve));
      await stop();
    }
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
