// Which database a command line works on: DATABASE_URL (a real PostgreSQL), else the embedded one
// in SUNDHED_DATA_DIR (.data/pglite), the same rule as the app itself.
import { resolve } from 'node:path';
import type { BackupTarget } from '../db/backup';
import { defaultDataDir } from '../db/paths';

/** Where the user typed the command: pnpm --filter runs scripts in apps/api, and says so in INIT_CWD. */
export const userPath = (path: string) => resolve(process.env.INIT_CWD ?? process.cwd(), path);

export function commandTarget(): BackupTarget {
  const url = process.env.DATABASE_URL;
  return url
    ? { kind: 'postgres', url }
    : {
        kind: 'embedded',
        dataDir: process.env.SUNDHED_DATA_DIR ? userPath(process.env.SUNDHED_DATA_DIR) : defaultDataDir,
      };
}

/** Prints a Danish refusal or failure and sets exit code 1; anything unexpected keeps its stack. */
export function reportFailure(error: unknown, wrap: (reason: string) => string): void {
  const known = error instanceof Error && ['BackupError', 'DataDirError', 'MigrationError'].includes(error.name);
  console.error(known ? error.message : wrap((error as Error)?.stack ?? String(error)));
  process.exitCode = 1;
}
