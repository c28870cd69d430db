// Session check per request with two API processes (issue 15): the lookup itself (loadSessionUser with
// the 0.5 s memory off, so every call asks PostgreSQL), median per process; then how long a sign-out
// everywhere takes to be seen by both processes with the memory on (as the app runs).
//   npx tsx bench/signin.ts [--lookups 2000]
// (Sign-in through the identity provider, callback to first page: bench/oidc-signin.ts, ADR 042.)
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { endAllSessions, hashToken, loadSessionUser, setSessionMemoryMs } from '../apps/api/src/auth/session';
import { createPrisma } from '../apps/api/src/db/prisma';
import { withSeededDatabase } from './lib/seededDatabase';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function worker(url: string, token: string, lookups: number): Promise<void> {
  const db = createPrisma(url, { max: 2 });
  setSessionMemoryMs(0);
  const times: number[] = [];
  for (let i = 0; i < lookups; i++) {
    const t0 = performance.now();
    const user = await loadSessionUser(db, token);
    times.push(performance.now() - t0);
    if (!user) throw new Error('session not found');
  }
  console.log(JSON.stringify({ median: median(times) }));
  // Phase 2: the app's memory on; poll until the session is gone and report when (epoch ms).
  setSessionMemoryMs(500);
  console.log(JSON.stringify({ polling: true }));
  for (;;) {
    if (!(await loadSessionUser(db, token))) break;
    await new Promise((r) => setTimeout(r, 5));
  }
  console.log(JSON.stringify({ goneAt: Date.now() }));
  await db.$disconnect();
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { lookups: { type: 'string', default: '2000' }, worker: { type: 'string' }, token: { type: 'string' } },
  });
  if (values.worker) return worker(values.worker, values.token!, Number(values.lookups));
  await withSeededDatabase('signin', { pool: 2 }, async (db, url) => {
    const user = await db.staffUser.findUniqueOrThrow({ where: { email: 'sundhedsstab@demo.ishoj.dk' } });
    const token = randomBytes(32).toString('base64url');
    await db.session.create({
      data: { id: hashToken(token), userId: user.id, expiresAt: new Date(Date.now() + 3600_000) },
    });
    const procs = [0, 1].map(() =>
      spawn(
        process.execPath,
        [...process.execArgv, process.argv[1]!, '--worker', url, '--token', token, '--lookups', values.lookups],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      ),
    );
    const medians: number[] = [];
    const gone: number[] = [];
    let polling = 0;
    let signedOutAt = 0;
    await Promise.all(
      procs.map(
        (p) =>
          new Promise<void>((resolve, reject) => {
            let buffer = '';
            p.stdout.on('data', (chunk: Buffer) => {
              buffer += chunk.toString();
              let nl;
              while ((nl = buffer.indexOf('\n')) >= 0) {
                const msg = JSON.parse(buffer.slice(0, nl)) as { median?: number; polling?: boolean; goneAt?: number };
                buffer = buffer.slice(nl + 1);
                if (msg.median !== undefined) medians.push(msg.median);
                if (msg.goneAt) gone.push(msg.goneAt);
                if (msg.polling && ++polling === 2)
                  setTimeout(() => {
                    signedOutAt = Date.now();
                    void endAllSessions(db, user.id);
                  }, 800);
              }
            });
            p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`worker exit ${code}`))));
          }),
      ),
    );
    console.log(`session lookup median per process (ms): ${medians.map((m) => m.toFixed(3)).join(', ')}`);
    console.log(`sign-out everywhere seen by both processes after (ms): ${Math.max(...gone) - signedOutAt}`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
