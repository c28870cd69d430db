// "Send til borger": the offer's public information by e-mail, in plain Danish. With SMTP_URL the message
// goes to the relay and the address lives only as long as the request; without it, into this process's
// in-memory outbox, where only the sender sees it and it is dropped after OUTBOX_TTL_MS (ADR 018). The
// citizen's address is never written to the database or a log: only Offer.sendCount grows.
import { at } from '@sundhed/shared/at';
import {
  accessRouteLabels,
  courseState,
  handoutMessages,
  storedScheduleDays,
  today,
  formatDate,
  formatKr,
  mailMessages,
  now,
  sendOfferInputSchema,
  validationMessages as m,
} from '@sundhed/shared';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validateArgs } from './reviewService';
import { SmtpError, sendMail } from './smtp';
import { publicOfferUrl } from './publicAddress';

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

export function listOutbox(ctx: Context): OutboxEntry[] {
  const municipalityId = municipalityOf(ctx);
  pruneOutbox();
  return outbox.filter((msg) => msg.senderId === ctx.user?.id && msg.municipalityId === municipalityId).reverse();
}

const WEEKDAYS = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];

/** "Hver tirsdag kl. 10:00–12:00, fra 5.1.2027 til 9.2.2027": weekday and time of each session, then its dates. */
function sessionWhen(s: {
  weekday: number | null;
  opensAt: string | null;
  closesAt: string | null;
  validFrom: Date | null;
  validTo: Date | null;
}) {
  const day = s.weekday ? `Hver ${WEEKDAYS[s.weekday - 1]}` : '';
  const time = s.opensAt ? `kl. ${s.opensAt}${s.closesAt ? `–${s.closesAt}` : ''}` : '';
  const dates = [s.validFrom ? `fra ${formatDate(s.validFrom)}` : '', s.validTo ? `til ${formatDate(s.validTo)}` : '']
    .filter(Boolean)
    .join(' ');
  const first = [day, time].filter(Boolean).join(' ');
  const text = [first, dates].filter(Boolean).join(', ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

type MailOffer = NonNullable<Awaited<ReturnType<typeof loadForMail>>>;

function loadForMail(ctx: Context, id: string, municipalityId: string) {
  return ctx.db.offer.findFirst({
    where: { id, municipalityId },
    include: {
      ownerUnit: { select: { name: true } },
      municipality: { select: { name: true } },
      locations: { orderBy: { name: 'asc' } },
      schedules: {
        include: { location: { select: { name: true } } },
        orderBy: [{ validFrom: 'asc' }, { weekday: 'asc' }],
      },
    },
  });
}

/** The e-mail text: the offer's public fields only, never the professional-only ones. */
export function composeMail(o: MailOffer): { subject: string; body: string } {
  const lines: string[] = ['Hej', '', `Her er oplysningerne om tilbuddet "${o.name}" fra ${o.municipality.name}.`, ''];
  if (o.alert) lines.push(`Bemærk: ${o.alert}`, '');
  lines.push(o.shortDescription, '', o.description, '');
  const who: string[] = [];
  if (o.eligibility) who.push(o.eligibility);
  if (o.minAge != null && o.maxAge != null) who.push(`Alder: ${o.minAge}–${o.maxAge} år.`);
  else if (o.minAge != null) who.push(`Alder: fra ${o.minAge} år.`);
  else if (o.maxAge != null) who.push(`Alder: op til ${o.maxAge} år.`);
  if (who.length) lines.push(`Hvem kan være med: ${who.join(' ')}`);
  lines.push(`Sådan kommer du med: ${o.accessRoutes.map((r) => accessRouteLabels[r]).join(', ')}.`);
  if (o.bookingUrl) lines.push(`Tilmelding: ${o.bookingUrl}`);
  for (const l of o.locations)
    lines.push(
      `Sted: ${[l.name, l.address, [l.postalCode, l.city].filter(Boolean).join(' ')].filter(Boolean).join(', ')}`,
    );
  const state = courseState(storedScheduleDays(o.schedules), today());
  if (state.kind === 'ended') lines.push(handoutMessages.course.endedMail(formatDate(state.last)));
  if (state.kind === 'next') lines.push(`${handoutMessages.course.next(formatDate(state.day))}.`);
  for (const s of o.schedules) {
    const text = [sessionWhen(s), s.description, s.location?.name].filter(Boolean).join(', ');
    if (text) lines.push(`Tid: ${text}`);
  }
  if (o.costKr === 0) lines.push('Pris: Gratis.');
  else if (o.costKr != null) lines.push(`Pris: ${formatKr(o.costKr)}.`);
  if (o.costDescription) lines.push(o.costDescription);
  if (o.languageNote) lines.push(`Sprog: ${o.languageNote}`);
  if (o.interpreter) lines.push('Der kan bestilles tolk.');
  if (o.accessibility) lines.push(`Tilgængelighed: ${o.accessibility}`);
  const link = publicOfferUrl(o.id);
  if (link) lines.push('', `${handoutMessages.publicLink}: ${link}`);
  const contact = [o.contactName, o.contactPhone ? `telefon ${o.contactPhone}` : null, o.contactEmail]
    .filter(Boolean)
    .join(', ');
  lines.push('', `Spørgsmål? Kontakt ${contact} (${o.ownerUnit.name}).`, '', 'Venlig hilsen', o.municipality.name, '');
  lines.push(
    'Du får denne e-mail, fordi du bad en medarbejder om at sende den. Kommunen har ikke gemt din e-mailadresse.',
  );
  return { subject: `Tilbud fra ${o.municipality.name}: ${o.name}`, body: lines.join('\n') };
}

export async function sendOfferToCitizen(ctx: Context, offerId: string, email: string) {
  const municipalityId = municipalityOf(ctx);
  const { email: to } = validateArgs(sendOfferInputSchema, { email });
  const offer = await loadForMail(ctx, offerId, municipalityId);
  if (!offer) throw notFound();
  if (offer.status !== 'ACTIVE' && offer.status !== 'TEMPORARILY_CLOSED') {
    throw validationError([{ path: 'offerId', message: `Tilbuddet ${m.notSendable}` }]);
  }
  const { subject, body } = composeMail(offer);
  const smtpUrl = process.env.SMTP_URL;
  if (smtpUrl) {
    await sendMail(smtpUrl, { from: process.env.SMTP_FROM ?? 'sundhed@ishoj.dk', to, subject, text: body }).catch(
      (error: unknown) => {
        // A permanent refusal of the recipient is the worker's to fix; anything else is logged, address-free.
        if (error instanceof SmtpError && error.command === 'RCPT' && (error.replyCode ?? 0) >= 500) {
          throw validationError([{ path: 'email', message: mailMessages.recipientRejected }]);
        }
        throw error;
      },
    );
  } else {
    const sentAt = now(); // the send time shown in the outbox; its expiry below runs on real time
    keep({
      id: randomUUID(),
      sentAt,
      to,
      subject,
      body,
      offerId,
      municipalityId,
      senderId: ctx.user!.id,
      expiresAt: Date.now() + OUTBOX_TTL_MS,
    });
  }
  const updated = await ctx.db.offer.update({
    where: { id: offerId },
    data: { sendCount: { increment: 1 } },
    select: { sendCount: true },
  });
  return { sent: true, via: smtpUrl ? 'smtp' : 'outbox', sendCount: updated.sendCount };
}
