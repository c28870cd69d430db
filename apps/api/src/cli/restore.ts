// pnpm db:restore FILE [--force]: restores a backup made by pnpm db:backup into the same kind of
// database (DATABASE_URL, or the embedded one). A database that is not empty is only overwritten
// with --force; an embedded data folder is then moved aside, never deleted.
import { operationMessages as om } from '@sundhed/shared';
import { restoreDatabase } from '../db/backup';
import { commandTarget, reportFailure, userPath } from './target';

process.umask(0o077);
const args = process.argv.slice(2);
const force = args.includes('--force');
const files = args.filter((a) => a !== '--force');
const [path] = files;
if (path === undefined || files.length !== 1) {
  console.error(om.restoreUsage);
  process.exit(1);
}
const file = userPath(path);
try {
  const { movedAside } = await restoreDatabase(commandTarget(), file, { force });
  if (movedAside) console.log(om.restoreMovedAside(movedAside));
  console.log(om.restoreDone(file));
} catch (error) {
  reportFailure(error, om.restoreFailed);
}
