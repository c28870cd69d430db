// Backup and restore for either kind of database, always into the same kind (docs/decisions/018):
// a real PostgreSQL with the machine's pg_dump/pg_restore (custom format); the embedded one with
// PGlite's own dump of its data directory (a gzipped tarball), since PostgreSQL 18 in WebAssembly is
// newer than the machine's pg_dump. Both run on connections of their own, without statement timeouts.
import { operationMessages as om } from '@sundhed/shared';
import { spawn } from 'node:child_process';
import {
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import net from 'node:net';
import { join } from 'node:path';
import pg from 'pg';
import { dataDirState, restrictPermissions, socketDirFor } from './dataDir';
import { BACKUP_SOCKET, socketAnswers, startEmbeddedDatabase } from './embedded';

export type BackupTarget = { kind: 'postgres'; url: string } | { kind: 'embedded'; dataDir: string };

/** A refusal or failure the command line prints as it is (Danish) and exits 1 on. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Long operations: no server-side timeout may cut them off, whatever the database or role sets. */
const NO_TIMEOUTS = '-c statement_timeout=0 -c lock_timeout=0 -c idle_in_transaction_session_timeout=0';

export function backupKindOf(file: string): 'postgres' | 'embedded' | undefined {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(5);
  try {
    readSync(fd, head, 0, 5, 0);
  } finally {
    closeSync(fd);
  }
  if (head.toString('latin1') === 'PGDMP') return 'postgres';
  if (head[0] === 0x1f && head[1] === 0x8b) return 'embedded';
  return undefined;
}

function run(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {
      env: { ...process.env, PGOPTIONS: NO_TIMEOUTS },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.once('error', (error: NodeJS.ErrnoException) =>
      reject(new BackupError(error.code === 'ENOENT' ? om.pgToolMissing(tool) : error.message)),
    );
    child.once('exit', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${tool}: ${stderr.trim() || `exit ${code}`}`)),
    );
  });
}

/** The running app's dump over its private backup socket. */
function dumpFromRunningApp(socketPath: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect(socketPath);
    socket.on('data', (d) => chunks.push(d));
    socket.once('error', reject);
    socket.once('close', (hadError) =>
      hadError || !chunks.length
        ? reject(new BackupError('ingen kopi fra den kørende app'))
        : resolve(Buffer.concat(chunks)),
    );
  });
}

async function embeddedDump(dataDir: string): Promise<Buffer> {
  const socketPath = join(socketDirFor(dataDir), BACKUP_SOCKET);
  if (await socketAnswers(socketPath)) return dumpFromRunningApp(socketPath);
  const state = dataDirState(dataDir);
  if (state.kind !== 'complete') throw new BackupError(om.backupNothing(dataDir));
  const embedded = await startEmbeddedDatabase(dataDir);
  try {
    return Buffer.from(await (await embedded.db.dumpDataDir('gzip')).arrayBuffer());
  } finally {
    await embedded.stop();
  }
}

/** Writes a backup to file (0600); a failed backup leaves no file that looks like one. */
export async function backupDatabase(target: BackupTarget, file: string): Promise<number> {
  const partial = `${file}.partial`;
  try {
    if (target.kind === 'postgres') {
      await run('pg_dump', [
        '--format=custom',
        '--no-owner',
        '--no-privileges',
        `--file=${partial}`,
        `--dbname=${target.url}`,
      ]);
    } else {
      writeFileSync(partial, await embeddedDump(target.dataDir), { mode: 0o600 });
    }
    renameSync(partial, file);
  } finally {
    rmSync(partial, { force: true });
  }
  return statSync(file).size;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, options: NO_TIMEOUTS });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Tables, views, sequences or types of our own in the target database. */
async function postgresObjects(url: string): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'`,
    );
    const [row] = rows;
    if (!row) throw new Error('count(*) over pg_class returned no row');
    return Number(row.n);
  });
}

export interface RestoreOptions {
  /** Overwrite a database that is not empty (a data folder is moved aside, never deleted). */
  force: boolean;
}

/** Restores a backup into a database of the same kind; refuses a non-empty target unless forced. */
export async function restoreDatabase(
  target: BackupTarget,
  file: string,
  { force }: RestoreOptions,
): Promise<{ movedAside?: string }> {
  if (!existsSync(file)) throw new BackupError(om.fileMissing(file));
  const kind = backupKindOf(file);
  if (kind !== target.kind)
    throw new BackupError(
      om.restoreWrongKind(file, target.kind === 'postgres' ? 'pg_dump (custom format)' : 'PGlite-datamappe (.tar.gz)'),
    );

  if (target.kind === 'postgres') {
    const objects = await postgresObjects(target.url);
    if (objects > 0 && !force) throw new BackupError(om.restoreTargetNotEmpty('Databasen'));
    if (objects > 0)
      await withClient(target.url, (client) =>
        client.query('DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public'),
      );
    await run('pg_restore', [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${target.url}`,
      file,
    ]);
    return {};
  }

  const { dataDir } = target;
  if (await socketAnswers(join(socketDirFor(dataDir), BACKUP_SOCKET))) throw new BackupError(om.restoreAppRunning);
  const state = dataDirState(dataDir);
  let movedAside: string | undefined;
  if (state.kind === 'complete' || state.kind === 'incomplete') {
    if (!force) throw new BackupError(om.restoreTargetNotEmpty(`Datamappen ${dataDir}`));
    movedAside = `${dataDir}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(dataDir, movedAside);
    restrictPermissions(movedAside);
  }
  const embedded = await startEmbeddedDatabase(dataDir, { loadDataDir: new Blob([readFileSync(file)]) });
  try {
    await embedded.db.query('SELECT 1');
  } finally {
    await embedded.stop();
  }
  return { movedAside };
}
