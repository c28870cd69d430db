// The audit of sign-ins and account changes (ADR 034; what it keeps and for how long: ADR 035).
// Never a password, token or name typed: only ids, the kind of event and a short description.
import type { Db } from '../db/prisma';
import { now } from '@sundhed/shared/clock';

export type AuthEventKind =
  | 'sign_in'
  | 'sign_out_everywhere'
  | 'refused'
  | 'role_change'
  | 'account_created'
  | 'account_removed'
  | 'disabled'
  | 'enabled'
  | 'password_set';

export async function audit(
  db: Pick<Db, 'authEvent'>,
  kind: AuthEventKind,
  event: { userId?: string | null; actorId?: string | null; detail?: string } = {},
): Promise<void> {
  await db.authEvent.create({
    data: {
      kind,
      userId: event.userId ?? null,
      actorId: event.actorId ?? null,
      detail: (event.detail ?? '').slice(0, 500),
      at: now(),
    },
  });
}
