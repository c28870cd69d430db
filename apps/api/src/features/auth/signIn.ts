// Sign-in with a throttle kept in the database: after 5 wrong passwords for one e-mail address the
// next attempt must wait 2^(n-5) seconds (at most 5 minutes). Unknown addresses are throttled and
// hashed against too, so neither the message nor the timing tells whether an account exists.
// The throttle stores a keyed hash of the name typed, never the text (people type passwords into the
// e-mail field), and forgets a name THROTTLE_WINDOW_MS after its last failure (ADR 018).
import { errorMessages } from '@sundhed/shared';
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/prisma';
import { AppError } from '../../graphql/errors';
import { dummyHash, verifyPassword } from '../../auth/password';

const FREE_ATTEMPTS = 5;
const MAX_WAIT_SECONDS = 300;
/** A name with no failure for this long starts afresh; longer than the longest wait, so the wait holds. */
export const THROTTLE_WINDOW_MS = 15 * 60_000;

export function waitSeconds(failures: number): number {
  return failures < FREE_ATTEMPTS ? 0 : Math.min(2 ** (failures - FREE_ATTEMPTS), MAX_WAIT_SECONDS);
}

export const normaliseName = (typed: string) => typed.trim().toLowerCase().slice(0, 320);

const keys = new WeakMap<Db, Promise<Buffer>>();

/** The HMAC key: SUNDHED_SECRET when set, else one random secret per database, made once and shared by every process. */
export function throttleKey(db: Db): Promise<Buffer> {
  const fromEnv = process.env.SUNDHED_SECRET;
  if (fromEnv) return Promise.resolve(Buffer.from(fromEnv, 'utf8'));
  let key = keys.get(db);
  if (!key) {
    key = (async () => {
      const secret = randomBytes(32).toString('hex');
      await db.$executeRaw`INSERT INTO "LoginThrottleKey" ("id", "secret") VALUES (1, ${secret}) ON CONFLICT ("id") DO NOTHING`;
      const row = await db.loginThrottleKey.findUniqueOrThrow({ where: { id: 1 } });
      return Buffer.from(row.secret, 'hex');
    })();
    key.catch(() => keys.delete(db)); // a failed read is retried by the next sign-in
    keys.set(db, key);
  }
  return key;
}

export const nameHash = (key: Buffer, typed: string) =>
  createHmac('sha256', key).update(normaliseName(typed), 'utf8').digest('hex');

export async function checkCredentials(db: Db, emailInput: string, password: string): Promise<string> {
  const email = normaliseName(emailInput);
  const hash = nameHash(await throttleKey(db), emailInput);
  await db.loginThrottle.deleteMany({ where: { lastFailedAt: { lt: new Date(Date.now() - THROTTLE_WINDOW_MS) } } });
  const throttle = await db.loginThrottle.findUnique({ where: { nameHash: hash } });
  if (throttle) {
    const waitMs = waitSeconds(throttle.failures) * 1000;
    if (Date.now() - throttle.lastFailedAt.getTime() < waitMs)
      throw new AppError('RATE_LIMITED', errorMessages.rateLimited);
  }
  const user = await db.staffUser.findUnique({ where: { email } });
  const ok = user
    ? await verifyPassword(password, user.passwordHash)
    : (await verifyPassword(password, await dummyHash()), false);
  if (!ok || !user) {
    await db.loginThrottle.upsert({
      where: { nameHash: hash },
      create: { nameHash: hash, failures: 1, lastFailedAt: new Date() },
      update: { failures: { increment: 1 }, lastFailedAt: new Date() },
    });
    throw new AppError('UNAUTHENTICATED', errorMessages.badCredentials);
  }
  if (throttle) await db.loginThrottle.deleteMany({ where: { nameHash: hash } });
  return user.id;
}
