// Several server processes behind one port (ADR 039): how many, and what the first process does with
// them. The real program (node --import tsx apps/api/src/main.ts) in demo mode on an empty database: the
// first process migrates and seeds (the co-financing demo figures too), two forked processes serve the
// same port, one killed is replaced, SIGTERM ends them all with exit 0.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { workerPlan } from '../src/server/workers';
import pg from 'pg';
import { embeddedMode, emptyTestDatabase, type TestDatabase } from './testDatabase';

const root = join(__dirname, '..', '..', '..');
const maybe = embeddedMode ? test.skip : test;

describe('how many server processes', () => {
  test('one unless SUNDHED_WORKERS asks for more: a number, or auto for one per core', () => {
    expect(workerPlan({ NODE_ENV: 'production' }, false, 4)).toEqual({ workers: 1 });
    expect(workerPlan({ NODE_ENV: 'test' }, false, 4)).toEqual({ workers: 1 });
    expect(workerPlan({ NODE_ENV: 'production', SUNDHED_WORKERS: '2' }, false, 8)).toEqual({ workers: 2 });
    expect(workerPlan({ SUNDHED_WORKERS: '3' }, false, 1)).toEqual({ workers: 3 });
    expect(workerPlan({ SUNDHED_WORKERS: 'auto' }, false, 6)).toEqual({ workers: 6 });
  });

  test('the embedded database is served by one process, and says so when more were asked for', () => {
    expect(workerPlan({ SUNDHED_WORKERS: 'auto' }, true, 4)).toEqual({
      workers: 1,
      note: 'Den indlejrede database betjenes af én proces; SUNDHED_WORKERS=4 gælder kun med DATABASE_URL.',
    });
    expect(workerPlan({ SUNDHED_WORKERS: '1' }, true, 4)).toEqual({ workers: 1 });
  });

  test.each(['0', '-1', '1.5', 'to', '65'])('SUNDHED_WORKERS=%s is refused in Danish', (value) => {
    expect(() => workerPlan({ SUNDHED_WORKERS: value }, false, 2)).toThrow(
      `SUNDHED_WORKERS skal være et helt tal fra 1 til 64 eller "auto", ikke "${value}".`,
    );
  });
});

/** The program's output as it arrives, and a way to wait for a line matching a pattern. */
class Output {
  text = '';
  private waiters: (() => void)[] = [];
  constructor(child: ChildProcess) {
    const add = (chunk: Buffer) => {
      this.text += chunk.toString();
      this.waiters.forEach((w) => w());
    };
    child.stdout!.on('data', add);
    child.stderr!.on('data', add);
  }
  /** Every match of `pattern` (global) once there are at least `count`. */
  matches(pattern: RegExp, count: number): Promise<RegExpExecArray[]> {
    return new Promise((resolve) => {
      const check = () => {
        const found = [...this.text.matchAll(pattern)];
        if (found.length >= count) {
          this.waiters = this.waiters.filter((w) => w !== check);
          resolve(found);
        }
      };
      this.waiters.push(check);
      check();
    });
  }
}

const READY = /kører på http:\/\/localhost:(\d+)(?: \(demo\))? – klar efter \d+ ms \(serverproces (\d+)\)/g;

async function health(port: string): Promise<boolean> {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ health }' }),
  });
  return ((await res.json()) as { data?: { health?: boolean } }).data?.health === true;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The demo's co-financing imports, once the first process has loaded them (it does so in the background). */
async function cofinancingImports(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (let tries = 0; ; tries++) {
      const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM "CofinancingImport"');
      if (rows[0]!.n > 0 || tries >= 120) return rows[0]!.n;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
}

let database: TestDatabase;
let child: ChildProcess | undefined;
beforeAll(async () => {
  if (!embeddedMode) database = await emptyTestDatabase();
});
afterAll(async () => {
  if (child?.pid && child.exitCode === null) child.kill('SIGKILL');
  await database?.drop();
});

maybe(
  'two processes serve one port; a killed one is replaced; SIGTERM ends them all with exit 0',
  async () => {
    child = spawn(process.execPath, ['--import', 'tsx', join(root, 'apps/api/src/main.ts')], {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: database.url,
        PORT: '0',
        HOST: '127.0.0.1',
        NODE_ENV: 'test',
        SUNDHED_DEMO: '1',
        SUNDHED_WORKERS: '2',
        DATABASE_POOL: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child!.once('exit', resolve));
    const out = new Output(child);
    const ready = await out.matches(READY, 2);
    const [port, otherPort] = ready.map((m) => m[1]!);
    const pids = ready.map((m) => Number(m[2]));
    expect(otherPort).toBe(port);
    expect(new Set(pids).size).toBe(2);
    expect(pids).not.toContain(child.pid);
    expect(await health(port!)).toBe(true);
    expect(await cofinancingImports(database.url)).toBeGreaterThan(0);

    process.kill(pids[0]!, 'SIGKILL');
    const [, , replacement] = await out.matches(READY, 3);
    expect(out.text).toContain(`Serverproces ${pids[0]} stoppede (SIGKILL); en ny startes.`);
    const newPid = Number(replacement![2]);
    expect(pids).not.toContain(newPid);
    expect(await health(port!)).toBe(true);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect([pids[1]!, newPid].filter(alive)).toEqual([]);
  },
  300_000, // four processes start (tsx compiles the API in each) and the demo is seeded, on a machine that may be loaded
);
