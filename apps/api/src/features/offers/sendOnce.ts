// A hand-out to a citizen goes once per key (ADR 063). The browser makes one idempotency key per queued
// send ("Send til borger", "Send som sms", ADR 053) and sends it with every try. A key already answered
// gets its first result. Otherwise the key is claimed first, in a receipt row committed on its own ('pending'),
// then the message is delivered outside any transaction (a slow mail relay or SMS gateway must not hold a
// pooled connection, nor the embedded database's only one), then the result is written to the receipt. A
// repeat whose first try is still delivering waits for it (polling the receipt, holding no connection) and
// gets the first answer; a first try that failed deletes its claim, so the repeat sends. A claim left
// 'pending' by a process that died is taken over after PENDING_STALE_MS.
// Only the key, the sender, the time and the result are kept, for a day; never the address or the phone.
// (A process that dies after the relay took the message but before the result is written forgets whether it
// went: the one case left that can send twice.)
import { handoutMessages, now } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { AppError, validationError } from '../../graphql/errors';
import type { Tx } from '../history/changeLog';

export interface SendResult {
  sent: boolean;
  via: string;
  sendCount: number;
}

/** A checked, composed message: delivering it and counting the send (on `db`, the receipt's transaction). */
export type Delivery = (db: Tx) => Promise<SendResult>;

/** How long a key is remembered: a queue lives in one tab, and a tab left offline overnight is the limit. */
export const SEND_KEY_TTL_MS = 24 * 60 * 60_000;
/** How long a repeat waits for a first try that is still delivering, and how often it looks. */
const WAIT_MS = 65_000;
const POLL_MS = 200;
/** A claim older than this is a first try that died (the mail and SMS clients time out well before). */
const PENDING_STALE_MS = 120_000;
const PENDING = 'pending';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

type Receipt = { via: string; sendCount: number; createdAt: Date };

async function receipt(db: Tx, userId: string, key: string): Promise<Receipt | null> {
  const since = new Date(now().getTime() - SEND_KEY_TTL_MS);
  return db.sendReceipt.findFirst({
    where: { userId, key, createdAt: { gte: since } },
    select: { via: true, sendCount: true, createdAt: true },
  });
}

const resultOf = (r: Receipt): SendResult => ({ sent: true, via: r.via, sendCount: r.sendCount });

/**
 * Delivers what `prepare` checked and composed, once for the caller's `key`: a repeat of a key that went
 * answers the first result and sends nothing. Without a key every call sends (older clients, scripts).
 * `prepare` checks and composes before the key is claimed, so a refused input claims nothing.
 */
export async function sendOnce(
  ctx: Context,
  key: string | null | undefined,
  prepare: () => Promise<Delivery>,
): Promise<SendResult> {
  if (key == null) return (await prepare())(ctx.db);
  if (!UUID.test(key)) throw validationError([{ path: 'idempotencyKey', message: handoutMessages.sendKeyInvalid }]);
  const userId = ctx.user!.id;
  const known = await receipt(ctx.db, userId, key);
  if (known && known.via !== PENDING) return resultOf(known);
  const deliver = await prepare();
  const db = ctx.db;
  // Claim the key (committed at once). A claim already there is a first try still delivering: wait for its
  // answer; a stale one (that process died) is taken over.
  // Purge on write, as the search's misses do: no timer; nothing older than a day is read.
  await db.sendReceipt.deleteMany({ where: { createdAt: { lt: new Date(now().getTime() - SEND_KEY_TTL_MS) } } });
  for (const until = Date.now() + WAIT_MS; ;) {
    const at = now();
    await db.sendReceipt.deleteMany({
      where: { userId, key, via: PENDING, createdAt: { lt: new Date(at.getTime() - PENDING_STALE_MS) } },
    });
    const claimed = await db.$executeRaw`
      INSERT INTO "SendReceipt" ("userId", "key", "createdAt", "via", "sendCount")
      VALUES (${userId}, ${key}::uuid, ${at}, ${PENDING}, 0)
      ON CONFLICT ("userId", "key") DO NOTHING`;
    if (claimed === 1) break;
    const first = await receipt(db, userId, key);
    if (first && first.via !== PENDING) return resultOf(first);
    if (Date.now() > until) throw new AppError('UNAVAILABLE', handoutMessages.sendStillGoing);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  let result: SendResult;
  try {
    result = await deliver(db);
  } catch (error) {
    await db.sendReceipt.deleteMany({ where: { userId, key, via: PENDING } }).catch(() => undefined);
    throw error;
  }
  await db.sendReceipt.update({
    where: { userId_key: { userId, key } },
    data: { via: result.via, sendCount: result.sendCount },
  });
  return result;
}
