// A PostgreSQL 15 instance of the fault bench's own: its own data folder (in a temporary directory) and port,
// run as the postgres OS user with Debian's binaries. The machine's shared server on 5432 is never touched:
// every signal goes to the PIDs of this instance only (its postmaster.pid and that process's children).
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chownSync, mkdtempSync, readFileSync, rmSync, chmodSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

const BIN = '/usr/lib/postgresql/15/bin';

export interface OwnPostgres {
  port: number;
  url(database: string): string;
  /** pg_ctl stop -m fast: clients are disconnected, the server is down. */
  stop(): Promise<void>;
  /** Starts the server and resolves at the moment it accepts connections (polled every 10 ms). */
  start(): Promise<number>;
  /** SIGSTOP to the postmaster and every backend: connections stay open, nothing answers. */
  freeze(): void;
  thaw(): void;
  destroy(): Promise<void>;
}

/** Runs a PostgreSQL tool as the postgres OS user, without blocking the load clients' event loop. */
async function asPostgres(args: string[]): Promise<void> {
  await promisify(execFile)('runuser', ['-u', 'postgres', '--', ...args]);
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function accepting(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 500 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createOwnPostgres(): Promise<OwnPostgres> {
  const dir = mkdtempSync(join(tmpdir(), 'sundhed-faults-'));
  chmodSync(dir, 0o755);
  chownSync(
    dir,
    Number(execFileSync('id', ['-u', 'postgres']).toString()),
    Number(execFileSync('id', ['-g', 'postgres']).toString()),
  );
  const data = join(dir, 'data');
  const port = await freePort();
  if (port === 5432) throw new Error('refusing port 5432');
  await asPostgres([`${BIN}/initdb`, '-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=50`;
  const url = (database: string) => `postgresql://postgres@127.0.0.1:${port}/${database}`;
  const pids = () => {
    const postmaster = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = spawnSync('pgrep', ['-P', String(postmaster)], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean)
      .map(Number);
    return [postmaster, ...children];
  };
  const start = async () => {
    await asPostgres([`${BIN}/pg_ctl`, '-D', data, '-o', options, '-l', join(dir, 'log'), '-W', 'start']); // -W: no waiting, we poll ourselves
    for (;;) {
      if (await accepting(url('postgres'))) return performance.now();
      await new Promise((r) => setTimeout(r, 10));
    }
  };
  await start();
  return {
    port,
    url,
    start,
    stop: () => asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'fast', 'stop']),
    freeze: () => pids().forEach((pid) => process.kill(pid, 'SIGSTOP')),
    thaw: () => pids().forEach((pid) => process.kill(pid, 'SIGCONT')),
    destroy: async () => {
      try {
        pids().forEach((pid) => process.kill(pid, 'SIGCONT'));
        await asPostgres([`${BIN}/pg_ctl`, '-D', data, '-m', 'immediate', 'stop']);
      } catch {
        // already down
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
