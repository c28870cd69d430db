// "Send som sms" (issue 12 item 3, ADR 043): a short text with the link to the offer's public page, in the
// chosen language of the hand-out's list. Same privacy as the e-mail (ADR 018): the number is used for
// this one message and never stored or logged; without a gateway, the message goes to the sender's own
// in-memory outbox for 10 minutes. Only Offer.sendCount grows.
import { handoutMessages, now, smsPhoneSchema } from '@sundhed/shared';
import { randomUUID } from 'node:crypto';
import type { Context } from '../../graphql/context';
import { AppError, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import type { MailLanguage } from './handoutMail';
import { publicOfferUrl } from './publicAddress';
import { validateArgs } from './reviewService';
import { chosenLanguage, keepInOutbox, sendableOffer, countSend } from './sendService';
import { languageView } from './translationService';
import { sendOnce, type Delivery } from './sendOnce';
import { SmsError, sendSms, smsGateway } from './smsGateway';

const m = handoutMessages.sms;

/** "Tilbud fra kommunen: Rygestopkursus\nLæs mere om tilbuddet: https://…": short, the link on its own line. */
export function composeSms(name: string, municipality: string, link: string, chosen: MailLanguage | null): string {
  const texts = chosen ? languageView(chosen.language).texts : handoutMessages.texts;
  const title = chosen?.translation?.name ?? name;
  const intro = chosen ? texts.smsIntro : `Tilbud fra ${municipality}:`;
  return `${intro} ${title}\n${texts.readMore}: ${link}`;
}

export async function sendOfferBySms(
  ctx: Context,
  offerId: string,
  phone: string,
  language?: string | null,
  key?: string | null,
) {
  return sendOnce(ctx, key, () => smsOffer(ctx, offerId, phone, language));
}

/** Checks and composes the text; returns the delivery, which sendOnce runs once. */
async function smsOffer(ctx: Context, offerId: string, phone: string, language?: string | null): Promise<Delivery> {
  const municipalityId = municipalityOf(ctx);
  const { phone: to } = validateArgs(smsPhoneSchema, { phone });
  const offer = await sendableOffer(ctx, offerId, municipalityId);
  const chosen = await chosenLanguage(ctx, offerId, language);
  const link = publicOfferUrl(offer.id, chosen?.language.code);
  // The set-up's fault, not the worker's input: said as it is, for the form (not the number field).
  if (!link)
    throw new AppError('VALIDATION', m.noLink, [{ path: 'offerId', message: m.noLink }], {
      reason: 'NO_PUBLIC_ADDRESS',
    });
  const text = composeSms(offer.name, offer.municipality.name, link, chosen);
  const gateway = smsGateway();
  return async (db) => {
    if (gateway) {
      await sendSms(gateway, { to, text }).catch((error: unknown) => {
        if (error instanceof SmsError && error.refused) throw validationError([{ path: 'phone', message: m.refused }]);
        throw new AppError('UNAVAILABLE', m.failed);
      });
    } else {
      keepInOutbox(ctx, {
        to,
        subject: m.outboxSubject,
        body: text,
        offerId,
        municipalityId,
        sentAt: now(),
        id: randomUUID(),
      });
    }
    const sendCount = await countSend(db, offerId);
    return { sent: true, via: gateway ? 'sms' : 'outbox', sendCount };
  };
}
