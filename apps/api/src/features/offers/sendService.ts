// "Send til borger": the offer's public information by e-mail, in Danish or a language of the hand-out's
// list (handoutMail.ts). With SMTP_URL the message
// goes to the relay and the address lives only as long as the request; without it, into this process's
// in-memory outbox, where only the sender sees it and it is dropped after OUTBOX_TTL_MS (ADR 018). The
// citizen's address is never written to the database or a log: only Offer.sendCount grows.
import { at } from '@sundhed/shared/at';
import { handoutMessages, mailMessages, now, sendOfferInputSchema } from '@sundhed/shared';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { AppError, notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validateArgs } from './reviewService';
import { SmtpError, sendMail } from './smtp';
import { composeMail, loadForMail, type MailLanguage } from './handoutMail';
import { findHandoutLanguage, findOfferTranslation } from './translationService';
import type { Tx } from '../history/changeLog';
import { sendOnce, type Delivery } from './sendOnce';

/** A sent message as the outbox keeps it in memory (the OutboxMessage fields plus who may read it and until when). */
export interface OutboxEntry {
  id: string;
  sentAt: Date;
  to: string;
  subject: string;
  body: string;
  offerId: string;
  municipalityId: string;
  /** The staff account that sent it: the only one who may read it. */
  senderId: string;
  expiresAt: number;
}

/** How long a message (and so the citizen's address) stays in the outbox: long enough to check it. */
export const OUTBOX_TTL_MS = 10 * 60_000;
const OUTBOX_SIZE = 200;
const outbox: OutboxEntry[] = [];

/**
 * Drops every message expired at `nowMs` (also run by a timer per message). Real time, not the shared
 * clock: how long an address stays in memory must not stretch when a test fixes the clock (ADR 018).
 */
export function pruneOutbox(nowMs = Date.now()): void {
  for (let i = outbox.length - 1; i >= 0; i--) if (at(outbox, i).expiresAt <= nowMs) outbox.splice(i, 1);
}

function keep(message: OutboxEntry): void {
  outbox.push(message);
  if (outbox.length > OUTBOX_SIZE) outbox.splice(0, outbox.length - OUTBOX_SIZE);
  setTimeout(() => pruneOutbox(), OUTBOX_TTL_MS + 1).unref();
}

/**
 * Puts a message into the sender's outbox (no relay or gateway configured). `sentAt` is the shared clock's
 * send time shown in the outbox; its expiry runs on real time.
 */
export function keepInOutbox(ctx: Context, message: Omit<OutboxEntry, 'senderId' | 'expiresAt'>): void {
  keep({ ...message, senderId: ctx.user!.id, expiresAt: Date.now() + OUTBOX_TTL_MS });
}

/** One more hand-out of the offer: the only trace of a send (nothing about the citizen). */
export async function countSend(db: Tx, offerId: string): Promise<number> {
  const updated = await db.offer.update({
    where: { id: offerId },
    data: { sendCount: { increment: 1 } },
    select: { sendCount: true },
  });
  return updated.sendCount;
}

export function listOutbox(ctx: Context): OutboxEntry[] {
  const municipalityId = municipalityOf(ctx);
  pruneOutbox();
  return outbox.filter((msg) => msg.senderId === ctx.user?.id && msg.municipalityId === municipalityId).reverse();
}

/** The chosen language of the hand-out's list and the offer's summary in it; null for Danish. */
export async function chosenLanguage(
  ctx: Context,
  offerId: string,
  language: string | null | undefined,
): Promise<MailLanguage | null> {
  if (!language?.trim() || language.trim().toLowerCase() === 'da') return null;
  const row = await findHandoutLanguage(ctx.db, language);
  if (!row) throw validationError([{ path: 'language', message: handoutMessages.translation.unknownLanguage }]);
  return { language: row, translation: await findOfferTranslation(ctx.db, offerId, row.code) };
}

/** The offer to hand out, if it is the caller's municipality's and may be handed out. */
export async function sendableOffer(ctx: Context, offerId: string, municipalityId: string) {
  const offer = await loadForMail(ctx, offerId, municipalityId);
  if (!offer) throw notFound();
  // Only an active offer is handed out: the citizen's public page shows no other (publicOffer).
  if (offer.status !== 'ACTIVE') {
    const message = handoutMessages.notActive[offer.status] ?? handoutMessages.notActive.INACTIVE!;
    throw new AppError('VALIDATION', message, [{ path: 'offerId', message }], { reason: 'OFFER_NOT_ACTIVE' });
  }
  return offer;
}

export async function sendOfferToCitizen(
  ctx: Context,
  offerId: string,
  email: string,
  language?: string | null,
  key?: string | null,
) {
  return sendOnce(ctx, key, () => mailOffer(ctx, offerId, email, language));
}

/** Checks and composes the e-mail; returns the delivery, which sendOnce runs once. */
async function mailOffer(ctx: Context, offerId: string, email: string, language?: string | null): Promise<Delivery> {
  const municipalityId = municipalityOf(ctx);
  const { email: to } = validateArgs(sendOfferInputSchema, { email });
  const offer = await sendableOffer(ctx, offerId, municipalityId);
  const chosen = await chosenLanguage(ctx, offerId, language);
  const { subject, body } = composeMail(offer, chosen);
  const smtpUrl = process.env.SMTP_URL;
  return async (db) => {
    if (smtpUrl) {
      await sendMail(smtpUrl, {
        from: process.env.SMTP_FROM ?? 'sundhed@ishoj.dk',
        to,
        subject,
        text: body,
        language: chosen?.language.code ?? 'da',
      }).catch((error: unknown) => {
        // A permanent refusal of the recipient is the worker's to fix; anything else is logged, address-free.
        if (error instanceof SmtpError && error.command === 'RCPT' && (error.replyCode ?? 0) >= 500) {
          throw validationError([{ path: 'email', message: mailMessages.recipientRejected }]);
        }
        throw error;
      });
    } else {
      keepInOutbox(ctx, { id: randomUUID(), sentAt: now(), to, subject, body, offerId, municipalityId });
    }
    return { sent: true, via: smtpUrl ? 'smtp' : 'outbox', sendCount: await countSend(db, offerId) };
  };
}
