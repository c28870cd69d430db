// Local accounts (demo, emergency administrator) can be disabled by an administrator; accounts that
// follow an identity provider are disabled there (ADR 034). Every change is audited.
import { signInMessages } from '@sundhed/shared';
import { now } from '@sundhed/shared/clock';
import type { Db } from '../../db/prisma';
import { audit } from '../../auth/audit';
import { endAllSessions, type SessionUser } from '../../auth/session';
import { AppError, notFound, validationError } from '../../graphql/errors';
import { normaliseName } from './signIn';

async function requireAdministrator(db: Db, actor: SessionUser) {
  const me = await db.staffUser.findUnique({ where: { id: actor.id }, select: { isAdministrator: true } });
  if (!me?.isAdministrator) throw new AppError('FORBIDDEN', signInMessages.administratorOnly);
}

/** Whether the account is an administrator (Viewer.isAdministrator). */
export async function isAdministrator(db: Db, userId: string): Promise<boolean> {
  const row = await db.staffUser.findUnique({ where: { id: userId }, select: { isAdministrator: true } });
  return row?.isAdministrator ?? false;
}

/**
 * The local accounts an administrator manages: those of its municipality (an administrator without one, such
 * as the cluster secretariat's, sees all), administrators first, then by name.
 */
export async function listLocalAccounts(db: Db, actor: SessionUser) {
  await requireAdministrator(db, actor);
  return db.staffUser.findMany({
    where: { origin: 'local', ...(actor.municipalityId ? { municipalityId: actor.municipalityId } : {}) },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, isAdministrator: true },
    orderBy: [{ isAdministrator: 'desc' }, { name: 'asc' }],
    take: 500,
  });
}

export async function setAccountDisabled(db: Db, actor: SessionUser, emailInput: string, disabled: boolean) {
  const email = normaliseName(emailInput);
  if (!email) throw validationError([{ path: 'email', message: signInMessages.emailRequired }]);
  await requireAdministrator(db, actor);
  const account = await db.staffUser.findUnique({ where: { email } });
  // A municipality's administrator manages its own municipality's accounts only (as listLocalAccounts shows).
  if (!account || (actor.municipalityId && account.municipalityId !== actor.municipalityId)) throw notFound();
  if (account.origin !== 'local') throw validationError([{ path: 'email', message: signInMessages.accountNotLocal }]);
  if (account.id === actor.id) throw validationError([{ path: 'email', message: signInMessages.cannotDisableSelf }]);
  await db.$transaction(async (tx) => {
    await tx.staffUser.update({ where: { id: account.id }, data: { disabledAt: disabled ? now() : null } });
    await audit(tx, disabled ? 'disabled' : 'enabled', { userId: account.id, actorId: actor.id });
  });
  if (disabled) await endAllSessions(db, account.id);
  return true;
}
