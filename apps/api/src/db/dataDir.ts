// The embedded database's data folder on disk: is it a whole PostgreSQL data directory, and is it
// private to the app's own OS user (folders 0700, files 0600)? See docs/decisions/018.
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What initdb leaves in every PostgreSQL data directory; a folder missing any of them is not one. */
export const REQUIRED_ENTRIES = [
  'PG_VERSION',
  'postgresql.conf',
  'global/pg_control',
  'global/pg_filenode.map',
  'base/',
  'pg_wal/',
  'pg_xact/',
  'pg_multixact/',
  'pg_subtrans/',
  'pg_tblspc/',
] as const;

export type DataDirState =
  { kind: 'absent' } | { kind: 'empty' } | { kind: 'complete' } | { kind: 'incomplete'; missing: string[] };

export function dataDirState(dir: string): DataDirState {
  if (!existsSync(dir)) return { kind: 'absent' };
  if (readdirSync(dir).length === 0) return { kind: 'empty' };
  const missing = REQUIRED_ENTRIES.filter((entry) => {
    const path = join(dir, entry);
    if (!existsSync(path)) return true;
    const isDir = statSync(path).isDirectory();
    return entry.endsWith('/') ? !isDir : isDir;
  }).map(String);
  // A data directory holds at least one database folder under base/.
  if (!missing.includes('base/') && readdirSync(join(dir, 'base')).length === 0) missing.push('base/*');
  return missing.length ? { kind: 'incomplete', missing } : { kind: 'complete' };
}

/** Folders 0700, files 0600, throughout the tree (PGlite sets 0666 on most files it extracts). */
export function restrictPermissions(dir: string): void {
  if (!existsSync(dir)) return;
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.isDirectory()) {
      if ((stat.mode & 0o777) !== 0o700) chmodSync(path, 0o700);
      for (const name of readdirSync(path)) walk(join(path, name));
    } else if (stat.isFile() && (stat.mode & 0o777) !== 0o600) {
      chmodSync(path, 0o600);
    }
  };
  walk(dir);
}

/** Entries under dir that anyone but the owner can read, write or enter (for tests and checks). */
export function looseEntries(dir: string): string[] {
  const loose: string[] = [];
  const walk = (path: string) => {
    const stat = lstatSync(path);
    if (stat.isSymbolicLink()) return;
    if (stat.mode & 0o077) loose.push(path);
    if (stat.isDirectory()) for (const name of readdirSync(path)) walk(join(path, name));
  };
  if (existsSync(dir)) walk(dir);
  return loose;
}

/** Unix socket paths are limited to 107 bytes (sun_path); leave room for the file name. */
const MAX_SOCKET_DIR = 80;

/**
 * The private folder holding the embedded server's Unix socket: next to the data folder (a socket
 * inside PGlite's data directory breaks its dumpDataDir), or, when that path is too long for a
 * socket, a folder in the temporary directory named after the data folder.
 */
export function socketDirFor(dataDir: string): string {
  const beside = `${dataDir}-socket`;
  if (beside.length <= MAX_SOCKET_DIR) return beside;
  return join(tmpdir(), `sundhed-${createHash('sha256').update(dataDir).digest('hex').slice(0, 16)}`);
}

/** Creates (or tightens) a folder only the current user may enter; refuses one owned by another user. */
export function privateDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const stat = lstatSync(dir);
  if (!stat.isDirectory() || (typeof process.getuid === 'function' && stat.uid !== process.getuid())) {
    throw new Error(`${dir} is not a folder owned by this user`);
  }
  if ((stat.mode & 0o777) !== 0o700) chmodSync(dir, 0o700);
}
