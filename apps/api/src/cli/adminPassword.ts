// pnpm admin:password --email nød@ishoj.dk [--role sundhedsstab] [--municipality 183]
// Sets the emergency administrator's password, read from standard input (never from the command line,
// where it would stay in the shell's history and the process list). Applies pending migrations first.
import { signInMessages as sm } from '@sundhed/shared';
import { parseArgs } from 'node:util';
import { setEmergencyAdmin } from '../auth/emergencyAdmin';
import type { Role } from '../__generated__/prisma/enums';
import { startEmbeddedDatabase } from '../db/embedded';
import { migrate } from '../db/migrate';
import { migrationsDir } from '../db/paths';
import { createPrisma } from '../db/prisma';
import { commandTarget, reportFailure } from './target';

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(sm.adminPasswordPrompt);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

const { values } = parseArgs({
  options: { email: { type: 'string' }, role: { type: 'string' }, municipality: { type: 'string' } },
});
const target = commandTarget();
try {
  if (!values.email) throw Object.assign(new Error(sm.adminEmailMissing), { name: 'MigrationError' });
  const password = await readPassword();
  const embedded = target.kind === 'embedded' ? await startEmbeddedDatabase(target.dataDir) : undefined;
  const url = target.kind === 'postgres' ? target.url : embedded!.url;
  try {
    await migrate(url, migrationsDir);
    const db = createPrisma(url, { max: 1 });
    try {
      const result = await setEmergencyAdmin(db, {
        email: values.email,
        password,
        role: values.role as Role | undefined,
        municipalityCode: values.municipality,
      });
      const message = sm.adminResult[result];
      if (result === 'created' || result === 'updated') console.log(message);
      else {
        console.error(message);
        process.exitCode = 1;
      }
    } finally {
      await db.$disconnect();
    }
  } finally {
    await embedded?.stop();
  }
} catch (error) {
  reportFailure(error, (reason) => reason);
}
