// Fuzzing over HTTP, the large run (issue 7, "Fuzz: ≥ 10,000 hostile requests, 0 internal errors, none
// unanswered after 10 s"). Starts the real server (apps/api/src/main.ts, NODE_ENV=production, demo
// accounts) in a second process on its own new database on the machine's PostgreSQL, then sends the
// hostile requests of apps/api/test/fuzz/hostileRequests.ts generated from the schema, as each demo role
// and anonymously, CONCURRENCY at a time, each with a 10 s timeout. Prints requests sent, internal
// errors, unanswered requests, per-code counts and the duration; exits 1 if any internal error, 5xx,
// unanswered request or English/code-less error was seen, or if the server process died.
// Usage: pnpm exec tsx bench/fuzz.ts [perField=47] [concurrency=8] [seed=20261203]
import { adminQuery, databaseUrl } from '../apps/api/test/testDatabase';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import net from 'node:net';
import { createPrisma } from '../apps/api/src/db/prisma';
import { buildSchema } from '../apps/api/src/server/schema';
import { knownIds, runFuzz } from '../apps/api/test/fuzz/runFuzz';

const perField = Number(process.argv[2] ?? 47);
const concurrency = Number(process.argv[3] ?? 8);
const seed = Number(process.argv[4] ?? 20261203);

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, child: { exitCode: number | null }) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query":"{ health }"}',
      });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('server did not start within 120 s');
}

async function main() {
  const name = `sundhed_fuzz_${randomBytes(4).toString('hex')}`;
  const dbUrl = databaseUrl(name);
  await adminQuery(`CREATE DATABASE ${name}`);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let internalLogLines = 0;
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: dbUrl.toString(),
      SUNDHED_DEMO: '1',
      PORT: String(port),
      SUNDHED_RATE_LIMIT: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr.on('data', (chunk: Buffer) => {
    internalLogLines += chunk.toString().split('\n').filter(Boolean).length;
  });
  const db = createPrisma(dbUrl.toString(), { max: 1 });
  try {
    await waitForServer(url, child);
    const ids = await knownIds(db);
    const load = (await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim();
    const result = await runFuzz({
      url,
      schema: buildSchema(),
      ids,
      seed,
      perField,
      hugeLength: 200_000,
      concurrency,
      timeoutMs: 10_000,
    });
    const alive = child.exitCode === null;
    console.log(
      `load average before: ${load}; after: ${(await import('node:fs')).readFileSync('/proc/loadavg', 'utf8').trim()}`,
    );
    console.log(
      `requests sent: ${result.sent} (seed ${seed}, ${perField} per root field and caller, ${concurrency} at a time)`,
    );
    console.log(`internal errors (INTERNAL_SERVER_ERROR or 5xx): ${result.internalErrors}`);
    console.log(`not answered within 10 s: ${result.unanswered}`);
    console.log(
      `other problems (English or code-less errors): ${result.problems.length - result.internalErrors - result.unanswered}`,
    );
    console.log(
      `server process alive at the end: ${alive ? 'yes' : 'no'}; lines it wrote to stderr: ${internalLogLines}`,
    );
    console.log(
      `duration: ${(result.ms / 1000).toFixed(1)} s (${(result.sent / (result.ms / 1000)).toFixed(0)} requests/s)`,
    );
    console.log('answers by code (a request counts once per distinct code in its answer):');
    for (const [code, n] of Object.entries(result.codes).sort((a, b) => b[1] - a[1]))
      console.log(`  ${code.padEnd(28)} ${n}`);
    for (const p of result.problems.slice(0, 10))
      console.log(
        `PROBLEM ${p.caller} ${p.request.target} (${p.request.kind}): ${p.problems.join('; ')}\n  ${p.request.body.slice(0, 300)}`,
      );
    process.exitCode = result.problems.length || !alive ? 1 : 0;
  } finally {
    await db.$disconnect();
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
