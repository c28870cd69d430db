// Sign-in with a throttle kept in the database (atomic since ADR 034): after 5 checks for one e-mail
// address the next must wait 2^(n-5) seconds (at most 5 minutes); each client address has a limit of
// its own. Unknown addresses are throttled and hashed against too, so neither the message nor the
// timing tells whether an account exists.
// The throttle stores a keyed hash of the name typed, never the text (people type passwords into the
// e-mail field), and forgets a name THROTTLE_WINDOW_MS after its last failure (ADR 018).
import { errorMessages, signInMessages } from '@sundhed/shared';
import { now } from '@sundhed/shared/clock';
import { createHmac, randomBytes } from 'node:crypto';
import type { Db } from '../../db/prisma';
import { AppError } from '../../graphql/errors';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from '../../auth/password';

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

/** Checked passwords per client address per ADDRESS_WINDOW_MS before the address must wait (SIGNIN_ADDRESS_LIMIT). */
export function addressLimit(raw: string | undefined = process.env.SIGNIN_ADDRESS_LIMIT): number {
  const n = Number(raw);
  return raw && Number.isInteger(n) && n > 0 ? n : 100;
}
export const ADDRESS_WINDOW_MS = 10 * 60_000;

/**
 * Reserves one password check for the name in one statement (the row is locked by the upsert), so
 * parallel tries can never get more checks than the limit: the check is counted as a failure before it
 * is made and given back on success. A refused try does not count, so waiting long enough always helps.
 */
async function reserveNameCheck(db: Db, hash: string, at: Date): Promise<boolean> {
  const windowStart = new Date(at.getTime() - THROTTLE_WINDOW_MS);
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("nameHash", "failures", "lastFailedAt") VALUES (${hash}, 1, ${at})
    ON CONFLICT ("nameHash") DO UPDATE SET
      "failures" = CASE WHEN t."lastFailedAt" < ${windowStart} THEN 1 ELSE t."failures" + 1 END,
      "lastFailedAt" = ${at}
    WHERE t."lastFailedAt" < ${windowStart} OR t."failures" < ${FREE_ATTEMPTS}
      OR t."lastFailedAt" <= ${at}::timestamp - make_interval(secs => LEAST(power(2, t."failures" - ${FREE_ATTEMPTS}), ${MAX_WAIT_SECONDS}))
    RETURNING "failures"`;
  return rows.length > 0;
}

/** The same for the client's address, in fixed windows (the window is part of the hashed name). */
async function reserveAddressCheck(db: Db, hash: string, at: Date): Promise<boolean> {
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "LoginThrottle" AS t ("nameHash", "failures", "lastFailedAt") VALUES (${hash}, 1, ${at})
    ON CONFLICT ("nameHash") DO UPDATE SET "failures" = t."failures" + 1, "lastFailedAt" = ${at}
    WHERE t."failures" < ${addressLimit()}
    RETURNING "failures"`;
  return rows.length > 0;
}

const giveBack = (db: Db, hash: string) =>
  db.$executeRaw`UPDATE "LoginThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "nameHash" = ${hash}`;

/**
 * Checks a password under two throttles, both before any password hash is computed: per name typed
 * (5 free checks, then 2^(n-5) s, at most 5 min) and per client address (SIGNIN_ADDRESS_LIMIT checks
 * per 10 minutes; a right password gives its check back, so colleagues behind one address do not add up).
 */
export async function checkCredentials(db: Db, emailInput: string, password: string, address = ''): Promise<string> {
  const email = normaliseName(emailInput);
  const key = await throttleKey(db);
  const hash = nameHash(key, emailInput);
  const at = now();
  const addressHash = nameHash(key, `addr:${address}:${Math.floor(at.getTime() / ADDRESS_WINDOW_MS)}`);
  await db.loginThrottle.deleteMany({
    where: { lastFailedAt: { lt: new Date(at.getTime() - Math.max(THROTTLE_WINDOW_MS, ADDRESS_WINDOW_MS)) } },
  });
  if (!(await reserveNameCheck(db, hash, at))) throw new AppError('RATE_LIMITED', errorMessages.rateLimited);
  if (!(await reserveAddressCheck(db, addressHash, at))) {
    await giveBack(db, hash);
    throw new AppError('RATE_LIMITED', signInMessages.addressRateLimited);
  }
  const user = await db.staffUser.findUnique({ where: { email } });
  const ok = user
    ? await verifyPassword(password, user.passwordHash)
    : (await verifyPassword(password, await dummyHash()), false);
  if (!ok || !user) throw new AppError('UNAUTHENTICATED', errorMessages.badCredentials);
  await db.loginThrottle.deleteMany({ where: { nameHash: hash } });
  await giveBack(db, addressHash);
  if (user.disabledAt) throw new AppError('FORBIDDEN', signInMessages.accountDisabled);
  // Hashes from before ADR 034 (scrypt) or older argon2 parameters are replaced while the password is at hand.
  if (needsRehash(user.passwordHash))
    await db.staffUser.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(password) } });
  return user.id;
}
