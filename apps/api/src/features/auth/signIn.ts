// Sign-in with a throttle kept in the database: after 5 wrong passwords for one e-mail address the
// next attempt must wait 2^(n-5) seconds (at most 5 minutes). Unknown addresses are throttled and
// hashed against too, so neither the message nor the timing tells whether an account exists.
import { errorMessages } from '@sundhed/shared';
import type { Db } from '../../db/prisma';
import { AppError } from '../../graphql/errors';
import { dummyHash, verifyPassword } from '../../auth/password';

const FREE_ATTEMPTS = 5;
const MAX_WAIT_SECONDS = 300;

export function waitSeconds(failures: number): number {
  return failures < FREE_ATTEMPTS ? 0 : Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS);
}

export async function checkCredentials(db: Db, emailInput: string, password: string): Promise<string> {
  const key = emailInput.trim().toLowerCase().slice(0, 320);
  const throttle = await db.loginThrottle.findUnique({ where: { key } });
  if (throttle) {
    const waitMs = waitSeconds(throttle.failures) * 1000;
    if (Date.now() - throttle.lastFailedAt.getTime() < waitMs) throw new AppError('RATE_LIMITED', errorMessages.rateLimited);
  }
  const user = await db.staffUser.findUnique({ where: { email: key } });
  const ok = user ? await verifyPassword(password, user.passwordHash) : (await verifyPassword(password, await dummyHash()), false);
  if (!ok || !user) {
    await db.loginThrottle.upsert({
      where: { key },
      create: { key, failures: 1, lastFailedAt: new Date() },
      update: { failures: { increment: 1 }, lastFailedAt: new Date() },
    });
    throw new AppError('UNAUTHENTICATED', errorMessages.badCredentials);
  }
  if (throttle) await db.loginThrottle.delete({ where: { key } });
  return user.id;
}
