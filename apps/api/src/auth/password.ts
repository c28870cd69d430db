// Passwords are hashed with argon2id at OWASP's figures (19 MiB, 2 passes, 1 lane: the Password Storage
// Cheat Sheet's first argon2id line) and stored as the PHC string "$argon2id$v=19$m=19456,t=2,p=1$…".
// Hashes written before ADR 034 ("scrypt$N$r$p$salt$hash") are still verified and replaced at the next
// successful sign-in (needsRehash). A password of any length or character is hashed; none is logged.
import { hash, verify } from '@node-rs/argon2';
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// algorithm 2 = Algorithm.Argon2id (a const enum, which isolated modules cannot read).
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;
const currentPrefix = `$argon2id$v=19$m=${argon2Options.memoryCost},t=${argon2Options.timeCost},p=${argon2Options.parallelism}$`;

let checks = 0;
/** How many password checks this process has made (the throttle test counts them). */
export const passwordChecks = (): number => checks;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

function scrypt(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCb(password, salt, keyLength, { ...options, maxmem: 256 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

async function verifyScrypt(password: string, stored: string): Promise<boolean> {
  const [, n, r, p, salt, hashed] = stored.split('$');
  if (!salt || !hashed) return false;
  const expected = Buffer.from(hashed, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Whether the password matches; '' (an account without a local password) never does. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  checks++;
  if (stored.startsWith('scrypt$')) return verifyScrypt(password, stored);
  if (!stored.startsWith('$argon2')) return false;
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** True when a stored hash is not argon2id at today's parameters: rehash it after a successful check. */
export const needsRehash = (stored: string): boolean => !stored.startsWith(currentPrefix);

let dummy: Promise<string> | undefined;
/** A hash of a random password, checked when the e-mail is unknown so timing reveals nothing. */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('hex'));
  return dummy;
}

/** An scrypt hash as written before ADR 034; only for the test that proves old hashes are upgraded. */
export async function legacyScryptHash(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, 32, { N: 16384, r: 8, p: 1 });
  return ['scrypt', 16384, 8, 1, salt.toString('base64'), key.toString('base64')].join('$');
}
