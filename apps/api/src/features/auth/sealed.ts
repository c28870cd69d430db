// Small secrets the app must keep but never show: the provider's refresh tokens in the Session table
// and a sign-in in progress in the browser's cookie (ADR 042). AES-256-GCM under a key derived (HKDF)
// from the app's secret (SUNDHED_SECRET, else the database's own, see throttleKey): a sealed value
// can be neither read nor altered without it.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { Db } from '../../db/prisma';
import { throttleKey } from './signIn';

async function sealingKey(db: Db, purpose: string): Promise<Buffer> {
  return Buffer.from(hkdfSync('sha256', await throttleKey(db), Buffer.alloc(0), `sundhed:${purpose}`, 32));
}

export async function seal(db: Db, purpose: string, text: string): Promise<string> {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await sealingKey(db, purpose), iv);
  const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** The sealed text, or null when it was sealed under another key or purpose, or altered. */
export async function unseal(db: Db, purpose: string, sealed: string): Promise<string | null> {
  const raw = Buffer.from(sealed, 'base64url');
  if (raw.length < 29) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', await sealingKey(db, purpose), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
