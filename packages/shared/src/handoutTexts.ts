// The hand-out in the citizen's language (issue 12, ADR 043). The fixed strings of the citizen-facing
// pages (print sheet, public page, e-mail, text message) are data per language (HandoutLanguage.texts);
// these are their keys and the Danish strings that stand in for a language that lacks one.
import { z } from 'zod';
import { validationMessages as m } from './messages/validation';
import { handoutMessages } from './messages/handout';

export const HANDOUT_TEXT_KEYS = [
  'intro',
  'what',
  'where',
  'when',
  'cost',
  'free',
  'eligibility',
  'signUp',
  'about',
  'contact',
  'phone',
  'email',
  'qr',
  'partlyDanish',
  'notTranslated',
  'readMore',
  'hello',
  'privacy',
  'questions',
  'smsIntro',
  // The course status line (CourseNote, the e-mail), with "{date}" for the day.
  'courseEnded',
  'courseEndedShort',
  'courseNext',
  // Labels of the public page's facts and the e-mail's lines.
  'ages',
  'languages',
  'formats',
  'updated',
  // The print sheet's footer ("{date}" for the day printed, "{municipality}" for the name of the offer's
  // municipality) and the e-mail's closing.
  'printFooter',
  'regards',
  // The words for the codes of Offer.formats (OFFER_FORMAT_TEXT_KEYS).
  'formatHold',
  'formatIndividuel',
  'formatOnline',
  'formatTelefon',
  'formatDropIn',
  // The e-mail's lines that stayed Danish in every language: what to do when every course has ended, and
  // the labels before the alert, the booking link and the accessibility note, and the interpreter line.
  'courseEndedContact',
  'alert',
  'booking',
  'accessibility',
  'interpreter',
] as const;
export type HandoutTextKey = (typeof HANDOUT_TEXT_KEYS)[number];
export type HandoutTexts = Record<HandoutTextKey, string>;
// The zod-free helpers of the hand-out's words (the browser imports them through '@sundhed/shared/handoutWords').
export { OFFER_FORMAT_TEXT_KEYS, fillHandoutText, handoutAgeRange, offerFormatWords } from './handoutWords';

/** The Danish strings: the hand-out without a chosen language, and the fallback for a missing key. */
export const danishHandoutTexts: HandoutTexts = handoutMessages.texts;

/** A language's strings with every missing or blank key filled from Danish, and which keys were missing. */
export function handoutTextsWithFallback(stored: unknown): { texts: HandoutTexts; missing: HandoutTextKey[] } {
  const given = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const texts = { ...danishHandoutTexts };
  const missing: HandoutTextKey[] = [];
  for (const key of HANDOUT_TEXT_KEYS) {
    const value = given[key];
    if (typeof value === 'string' && value.trim()) texts[key] = value.trim();
    else missing.push(key);
  }
  return { texts, missing };
}

/** Language codes: ISO 639-1, two lower-case letters (the page's `lang` and `?sprog=`). */
export const LANGUAGE_CODE = /^[a-z]{2}$/;

const optText = (max: number) =>
  z
    .string({ error: m.required })
    .trim()
    .max(max, m.tooLong(max))
    .nullish()
    .transform((v) => (v ? v : null));

/** An offer's summary in one language: every part may be left out (it then falls back to Danish). */
export const offerTranslationInputSchema = z
  .object({
    name: optText(200),
    shortDescription: optText(400),
    description: optText(10_000),
    eligibility: optText(2000),
  })
  .refine((t) => t.name || t.shortDescription || t.description || t.eligibility, {
    message: handoutMessages.translation.empty,
    path: ['shortDescription'],
  });
export type OfferTranslationInput = z.infer<typeof offerTranslationInputSchema>;

/** A language of the list: names, direction and the fixed strings (each at most 300 characters). */
export const handoutLanguageInputSchema = z.object({
  name: z.string({ error: m.required }).trim().min(1, m.required).max(60, m.tooLong(60)),
  nativeName: z.string({ error: m.required }).trim().min(1, m.required).max(60, m.tooLong(60)),
  direction: z.enum(['LTR', 'RTL'], { error: handoutMessages.translation.direction }),
  texts: z.object(
    Object.fromEntries(HANDOUT_TEXT_KEYS.map((k) => [k, optText(300)])) as Record<
      HandoutTextKey,
      ReturnType<typeof optText>
    >,
  ),
});
export type HandoutLanguageInput = z.infer<typeof handoutLanguageInputSchema>;

/**
 * The citizen's mobile number for "Send som sms", to E.164: 8 digits are Danish (+45); otherwise "+" or
 * "00", a country code and the number (8 to 15 digits in all). Spaces, dashes and brackets are ignored.
 */
export const smsPhoneSchema = z.object({
  phone: z
    .string({ error: handoutMessages.sms.phoneInvalid })
    .max(40, handoutMessages.sms.phoneInvalid)
    .transform((raw) => raw.replace(/[\s\-().]/g, '').replace(/^00/, '+'))
    .refine((n) => /^\d{8}$/.test(n) || /^\+[1-9]\d{7,14}$/.test(n), handoutMessages.sms.phoneInvalid)
    .transform((n) => (n.startsWith('+') ? n : `+45${n}`)),
});
