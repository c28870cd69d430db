// The one emergency administrator (ADR 034): a local account whose password an operator sets with
// `pnpm admin:password` (never a default). It can disable and enable local accounts.
import { now } from '@sundhed/shared/clock';
import type { Db } from '../db/prisma';
import type { Role } from '../__generated__/prisma/enums';
import { audit } from './audit';
import { hashPassword } from './password';
import { endAllSessions } from './session';

export const MIN_ADMIN_PASSWORD_LENGTH = 15;

export interface EmergencyAdmin {
  email: string;
  password: string;
  name?: string;
  role?: Role;
  /** Kommunekode of the municipality the account works with (default 183, Ishøj). */
  municipalityCode?: string;
}

export type EmergencyAdminResult = 'created' | 'updated' | 'too-short' | 'no-municipality' | 'not-local';

export async function setEmergencyAdmin(db: Db, admin: EmergencyAdmin): Promise<EmergencyAdminResult> {
  if ([...admin.password].length < MIN_ADMIN_PASSWORD_LENGTH) return 'too-short';
  const email = admin.email.trim().toLowerCase();
  const municipality = await db.municipality.findUnique({ where: { code: admin.municipalityCode ?? '183' } });
  if (!municipality) return 'no-municipality';
  const passwordHash = await hashPassword(admin.password);
  const existing = await db.staffUser.findUnique({ where: { email } });
  if (existing && existing.origin !== 'local') return 'not-local';
  const role = admin.role ?? 'sundhedsstab';
  const user = await db.$transaction(async (tx) => {
    const saved = existing
      ? await tx.staffUser.update({ where: { id: existing.id }, data: { passwordHash, isAdministrator: true, role } })
      : await tx.staffUser.create({
          data: {
            email,
            name: admin.name ?? 'Nødadministrator',
            role,
            passwordHash,
            municipalityId: municipality.id,
            isAdministrator: true,
            origin: 'local',
            createdAt: now(),
          },
        });
    await audit(tx, existing ? 'password_set' : 'account_created', {
      userId: saved.id,
      detail: 'emergency administrator',
    });
    if (existing && existing.role !== role)
      await audit(tx, 'role_change', { userId: saved.id, detail: `${existing.role} -> ${role}` });
    return saved;
  });
  // A new password ends the sessions made with the old one.
  if (existing) await endAllSessions(db, user.id);
  return existing ? 'updated' : 'created';
}
