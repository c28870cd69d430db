// Starts the built app (apps/api/dist/main.mjs, serving apps/web/dist) as its own process, on a fresh
// database: a new database on the real PostgreSQL (TEST_DATABASE_URL) with demo data, or the embedded
// one in a temporary folder when there is no server.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';

const root = resolve(__dirname, '..');

export interface RunningApp {
  url: string;
  /** Runs SQL on the app's own database (only on a PostgreSQL server: the embedded one takes one client). */
  sql(query: string, values?: unknown[]): Promise<Record<string, unknown>[]>;
  /**
   * Stops the server process and starts it again on the same database with another clock (e.g. the day
   * after a quarter ends), so that a journey can see what time does to its data. `url` changes.
   */
  restart(options: AppOptions): Promise<void>;
  stop(): Promise<void>;
}

export interface AppOptions {
  /**
   * Fixes the server's clock at this ISO instant (SUNDHED_CLOCK). The shared clock refuses it in
   * production, so such a run starts the built app with NODE_ENV=test (which also turns on GraphQL
   * introspection and stack traces, ADR 013); every other run is a production run.
   */
  clock?: string;
  /** More environment for the app, e.g. the OIDC_* variables of a test identity provider. */
  env?: Record<string, string>;
}

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function startApp(options: AppOptions = {}): Promise<RunningApp> {
  const main = join(root, 'apps/api/dist/main.mjs');
  if (!existsSync(main) || !existsSync(join(root, 'apps/web/dist/index.html')))
    throw new Error('Run `pnpm build` before the end-to-end tests.');
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0', SUNDHED_DEMO: '1', NODE_ENV: 'production' };
  delete env.SUNDHED_CLOCK;
  env.SUNDHED_PUBLIC_URL ??= 'https://sundhed.example.dk'; // the citizen's address (QR code, e-mail), issue 12
  if (options.clock) Object.assign(env, { NODE_ENV: 'test', SUNDHED_CLOCK: options.clock });
  Object.assign(env, options.env);
  let cleanup: () => Promise<void>;
  let sql: RunningApp['sql'] = async () => {
    throw new Error('Direct SQL needs a PostgreSQL server (TEST_DATABASE_URL), not the embedded database.');
  };
  if (process.env.TEST_DATABASE_URL && process.env.SUNDHED_TEST_EMBEDDED !== '1') {
    const name = `sundhed_e2e_${randomBytes(4).toString('hex')}`;
    await admin(`CREATE DATABASE "${name}"`);
    const url = new URL(process.env.TEST_DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    cleanup = () => admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    sql = async (query, values) => {
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      try {
        return (await client.query(query, values)).rows as Record<string, unknown>[];
      } finally {
        await client.end();
      }
    };
  } else {
    const dir = mkdtempSync(join(tmpdir(), 'sundhed-e2e-'));
    env.DATABASE_URL = '';
    env.SUNDHED_DATA_DIR = dir;
    cleanup = async () => {
      rmSync(dir, { recursive: true, force: true });
      rmSync(`${dir}-socket`, { recursive: true, force: true }); // the embedded server's socket folder (ADR 018)
    };
  }
  let server = await startServer(main, env);
  const app: RunningApp = {
    url: server.url,
    sql,
    async restart(next) {
      await stopServer(server.child);
      if (next.clock) Object.assign(env, { NODE_ENV: 'test', SUNDHED_CLOCK: next.clock });
      server = await startServer(main, env);
      app.url = server.url;
    },
    async stop() {
      await stopServer(server.child);
      await cleanup();
    },
  };
  return app;
}

async function stopServer(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
}

async function startServer(main: string, env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string }> {
  const child: ChildProcess = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`app did not start in 60 s:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /kører på http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveUrl(`http://127.0.0.1:${match[1]}`);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`app exited with ${code}:\n${output}`)));
  });
  return { child, url };
}
