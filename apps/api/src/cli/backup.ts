// pnpm db:backup [FILE]: a backup of DATABASE_URL (pg_dump, custom format) or of the embedded
// database (PGlite's own dump, .tar.gz). Without FILE: SUNDHED_BACKUP_DIR (.data/backups/) with a
// time stamp in the name. See docs/operations.md for a schedule with retention.
import { formatNumber, operationMessages as om } from '@sundhed/shared';
import { join } from 'node:path';
import { backupDatabase } from '../db/backup';
import { privateDir } from '../db/dataDir';
import { repoRoot } from '../db/paths';
import { commandTarget, reportFailure, userPath } from './target';

process.umask(0o077);
const target = commandTarget();
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
let file: string;
if (process.argv[2]) {
  file = userPath(process.argv[2]);
} else {
  const dir = process.env.SUNDHED_BACKUP_DIR
    ? userPath(process.env.SUNDHED_BACKUP_DIR)
    : join(repoRoot, '.data/backups');
  privateDir(dir);
  file = join(dir, `sundhed-${target.kind}-${stamp}.${target.kind === 'postgres' ? 'dump' : 'tar.gz'}`);
}
try {
  const bytes = await backupDatabase(target, file);
  console.log(om.backupWritten(file, `${formatNumber(bytes / 1e6, 1)} MB`));
} catch (error) {
  reportFailure(error, om.backupFailed);
}
