// A hand-out to a citizen goes once per key (ADR 063). The browser makes one idempotency key per queued
// send ("Send til borger", "Send som sms", ADR 053) and sends it with every try. A key already answered
// gets its first result. Otherwise the receipt row is inserted first, in the transaction that delivers and
// counts: a repeat whose first try is still delivering waits on the key's primary key, then sees the
// receipt and gets the first answer; a first try that failed rolled its receipt back, so the repeat sends.
// Only the key, the sender, the time and the result are kept, for a day; never the address or the phone.
// (A process that dies after the relay took the message but before the commit forgets the key: the one
// case left that can send twice.)
import { handoutMessages, now } from '@sundhed/shared';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
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
/** Long enough for a slow SMTP relay or SMS gateway; the receipt's lock is held while it answers. */
const SEND_TIMEOUT_MS = 60_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

async function answered(db: Tx, userId: string, key: string): Promise<SendResult | null> {
  const since = new Date(now().getTime() - SEND_KEY_TTL_MS);
  const first = await db.sendReceipt.findFirst({ where: { userId, key, createdAt: { gte: since } } });
  return first && { sent: true, via: first.via, sendCount: first.sendCount };
}

/**
 * Delivers what `prepare` checked and composed, once for the caller's `key`: a repeat of a key that went
 * answers the first result and sends nothing. Without a key every call sends (older clients, scripts).
 * `prepare` reads outside the transaction (an embedded server has one connection).
 */
export async function sendOnce(
  ctx: Context,
  key: string | null | undefined,
  prepare: () => Promise<Delivery>,
): Promise<SendResult> {
  if (key == null) return (await prepare())(ctx.db);
  if (!UUID.test(key)) throw validationError([{ path: 'idempotencyKey', message: handoutMessages.sendKeyInvalid }]);
  const userId = ctx.user!.id;
  const known = await answered(ctx.db, userId, key);
  if (known) return known;
  const deliver = await prepare();
  return ctx.db.$transaction(
    async (tx) => {
      const at = now();
      // Purge on write, as the search's misses do: no timer; nothing older than a day is read.
      await tx.sendReceipt.deleteMany({ where: { createdAt: { lt: new Date(at.getTime() - SEND_KEY_TTL_MS) } } });
      const claimed = await tx.$executeRaw`
        INSERT INTO "SendReceipt" ("userId", "key", "createdAt", "via", "sendCount")
        VALUES (${userId}, ${key}::uuid, ${at}, 'outbox', 1)
        ON CONFLICT ("userId", "key") DO NOTHING`;
      if (claimed === 0) {
        const first = await answered(tx, userId, key);
        if (first) return first;
      }
      const result = await deliver(tx);
      await tx.sendReceipt.update({
        where: { userId_key: { userId, key } },
        data: { via: result.via, sendCount: result.sendCount },
      });
      return result;
    },
    { timeout: SEND_TIMEOUT_MS },
  );
}
