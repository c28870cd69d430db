// Embedded PostgreSQL: PGlite (PostgreSQL in WebAssembly) served on the wire protocol, so Prisma
// reaches it through the same pg adapter as a real server (docs/decisions/001-one-database-path.md).
// The socket server has no authentication, so it listens on a Unix socket in a folder only the
// app's own OS user may enter, never on TCP; the data folder is private too and must be a whole
// PostgreSQL data directory before the app touches it (docs/decisions/018).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { operationMessages } from '@sundhed/shared';
import { existsSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dataDirState, privateDir, restrictPermissions, socketDirFor } from './dataDir';
import { embeddedUrls } from './embeddedUrls';

export interface EmbeddedDatabase {
  url: string;
  /** The folder holding the Unix socket (and the backup socket). */
  socketDir: string;
  /** PGlite itself, for its own dump (backups). */
  db: PGlite;
  stop(): Promise<void>;
}

/** A data folder the app will not start on; the message is Danish and says what to do. */
export class DataDirError extends Error {
  override name = 'DataDirError';
}

/** The socket file name the pg client derives from the port: `<host>/.s.PGSQL.<port>`. */
const SOCKET_PORT = 5432;
export const BACKUP_SOCKET = 'backup.sock';

export const socketUrl = (socketDir: string) =>
  `postgresql://postgres@localhost/postgres?host=${encodeURIComponent(socketDir)}&port=${SOCKET_PORT}`;

/** True when something answers on the Unix socket (another process is using the data folder). */
export function socketAnswers(path: string): Promise<boolean> {
  if (!existsSync(path)) return Promise.resolve(false);
  return new Promise((resolveAnswer) => {
    const socket = net.connect(path);
    socket.once('connect', () => {
      socket.destroy();
      resolveAnswer(true);
    });
    socket.once('error', () => resolveAnswer(false));
  });
}

async function claimSocket(path: string, dataDir: string): Promise<void> {
  if (await socketAnswers(path)) throw new DataDirError(operationMessages.dataDirInUse(dataDir));
  if (existsSync(path)) unlinkSync(path); // left behind by a process that was killed
}

export interface EmbeddedOptions {
  /** A tarball from PGlite's dumpDataDir to start from (restore); the data folder must be empty. */
  loadDataDir?: Blob;
}

/** Starts PGlite; without dataDir the database lives in memory (tests). */
export async function startEmbeddedDatabase(
  dataDirArg?: string,
  options: EmbeddedOptions = {},
): Promise<EmbeddedDatabase> {
  const dataDir = dataDirArg ? resolve(dataDirArg) : undefined;
  let socketDir: string;
  if (dataDir) {
    // PGlite chmods what it extracts, but files it creates later follow the umask.
    process.umask(0o077);
    const state = dataDirState(dataDir);
    if (state.kind === 'incomplete')
      throw new DataDirError(operationMessages.dataDirIncomplete(dataDir, state.missing));
    socketDir = socketDirFor(dataDir);
    privateDir(socketDir);
    await claimSocket(join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), dataDir);
    await claimSocket(join(socketDir, BACKUP_SOCKET), dataDir);
    privateDir(dataDir); // 0700 at once: nobody else can enter while the walk below is pending
  } else {
    socketDir = mkdtempSync(join(tmpdir(), 'sundhed-pglite-')); // 0700
  }

  let db: PGlite;
  try {
    db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent }, loadDataDir: options.loadDataDir });
  } catch (error) {
    if (!dataDir) throw error;
    throw new DataDirError(operationMessages.dataDirUnreadable(dataDir, (error as Error).message ?? String(error)));
  }
  if (dataDir) restrictPermissions(dataDir); // also fixes folders from earlier versions

  // PGlite is a single session. The socket server queues messages and keeps an open transaction to
  // its connection, but unnamed prepared statements of two connections could interleave, so the app
  // itself uses one connection; up to four are accepted so that short-lived admin connections
  // (migrations, tests) are not refused (a refused connection surfaces as "Connection terminated").
  const server = new PGLiteSocketServer({ db, path: join(socketDir, `.s.PGSQL.${SOCKET_PORT}`), maxConnections: 4 });
  await server.start();

  // `pnpm db:backup` asks the running app for PGlite's own dump here (the data folder must not be
  // opened by a second process); the folder's 0700 keeps everyone else out.
  const backupServer = net.createServer((socket) => {
    socket.on('error', () => undefined);
    db.dumpDataDir('gzip').then(
      async (blob) => socket.end(Buffer.from(await blob.arrayBuffer())),
      () => socket.destroy(),
    );
  });
  await new Promise<void>((resolveListen, reject) => {
    backupServer.once('error', reject);
    backupServer.listen(join(socketDir, BACKUP_SOCKET), resolveListen);
  });

  embeddedUrls.add(socketUrl(socketDir));
  return {
    url: socketUrl(socketDir),
    socketDir,
    db,
    async stop() {
      await new Promise((resolveClose) => backupServer.close(resolveClose));
      await server.stop();
      await db.close();
      if (dataDir) restrictPermissions(dataDir);
      if (dataDir) {
        for (const name of [`.s.PGSQL.${SOCKET_PORT}`, BACKUP_SOCKET]) rmSync(join(socketDir, name), { force: true });
      } else {
        rmSync(socketDir, { recursive: true, force: true });
      }
    },
  };
}
