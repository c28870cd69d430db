// Input schemas of the offer catalogue, shared by the API (authoritative) and the web forms.
// Required fields follow issue 4: name, descriptions, owner, need category, target group or ages,
// how to get in, and a contact (name plus e-mail or phone).
import { z } from 'zod';
import { validationMessages as m } from './messages/validation';
import { findNeedCategory } from './needCategories';
import { keywordOf, MAX_KEYWORDS } from './offerKeywords';
import { searchLearningMessages } from './messages/searchLearning';
import { formatKr } from './format';
import { OFFER_LANGUAGE_CODES, offerLanguageCode } from './offerLanguages';

export * from './needCategories';

export const OFFER_STATUSES = ['ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE', 'ENDED'] as const;
export const ACCESS_ROUTES = ['SELF_REFERRAL', 'GP_REFERRAL', 'CLARIFYING_TALK', 'VISITATION'] as const;
export type OfferStatusCode = (typeof OFFER_STATUSES)[number];
export type AccessRouteCode = (typeof ACCESS_ROUTES)[number];

/** Danish names of the statuses (lists, CSV). */
export const offerStatusLabels: Record<OfferStatusCode, string> = {
  ACTIVE: 'Aktiv',
  TEMPORARILY_CLOSED: 'Midlertidigt lukket',
  INACTIVE: 'Inaktiv',
  ENDED: 'Afsluttet',
};

/** Danish names of the access routes (lists, CSV, e-mail to the citizen). */
export const accessRouteLabels: Record<AccessRouteCode, string> = {
  SELF_REFERRAL: 'Selvhenvendelse',
  GP_REFERRAL: 'Henvisning fra egen læge',
  CLARIFYING_TALK: 'Afklarende samtale',
  VISITATION: 'Visitation',
};

const text = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));
/** Optional text: blank becomes null. */
const optText = (max: number) =>
  z
    .string({ error: m.required })
    .trim()
    .max(max, m.tooLong(max))
    .nullish()
    .transform((v) => (v ? v : null));
const optPattern = (re: RegExp, message: string, max = 200) =>
  z
    .string({ error: message })
    .trim()
    .max(max, m.tooLong(max))
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || re.test(v), message);

/** The highest price an offer can have (a typing error above it, issue 12). */
export const MAX_OFFER_COST_KR = 1_000_000;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{5,19}$/;
const HTTP_URL = /^https?:\/\/[^\s/$.?#][^\s]*$/i;
const TIME = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const age = z
  .number({ error: m.age })
  .int(m.age)
  .min(0, m.age)
  .max(120, m.age)
  .nullish()
  .transform((v) => v ?? null);
/** A list of words: trimmed, blanks dropped, duplicates dropped. */
const words = (max: number) =>
  z
    .array(z.string({ error: m.unknownValue }), { error: m.unknownValue })
    .nullish()
    .transform((list) => [...new Set((list ?? []).map((s) => s.trim()).filter(Boolean))])
    .refine((list) => list.every((s) => s.length <= max), m.tooLong(max));
const oneOf = <T extends string>(values: readonly T[]) =>
  words(40)
    .refine((list) => list.every((v) => (values as readonly string[]).includes(v)), m.unknownValue)
    .transform((list) => list as T[]);
/** Search keywords (ADR 054): each folded by the one rule, blanks and duplicates dropped, at most MAX_KEYWORDS. */
const keywords = z
  .array(z.string({ error: m.unknownValue }), { error: m.unknownValue })
  .nullish()
  .transform((list, ctx) => {
    const stored: string[] = [];
    for (const raw of (list ?? []).filter((s) => s.trim())) {
      const parsed = keywordOf(raw);
      if ('problem' in parsed)
        ctx.addIssue({ code: 'custom', message: searchLearningMessages.keywordNamed(raw.trim()) });
      else if (!stored.includes(parsed.word)) stored.push(parsed.word);
    }
    if (stored.length > MAX_KEYWORDS)
      ctx.addIssue({ code: 'custom', message: searchLearningMessages.keywordsTooMany(MAX_KEYWORDS) });
    return stored;
  });
const isoDate = optPattern(ISO_DATE, m.dateFormat, 10).refine(
  (v) => v === null || !Number.isNaN(Date.parse(v)),
  m.dateFormat,
);

export const offerLocationInputSchema = z.object({
  name: text(200),
  address: optText(200),
  postalCode: optPattern(/^\d{4}$/, m.postalCode, 4),
  city: optText(100),
  accessibility: optText(1000),
});

export const offerScheduleInputSchema = z
  .object({
    kind: z.enum(['RECURRING', 'COURSE'], { error: m.unknownValue }),
    weekday: z
      .number({ error: m.weekday })
      .int(m.weekday)
      .min(1, m.weekday)
      .max(7, m.weekday)
      .nullish()
      .transform((v) => v ?? null),
    opensAt: optPattern(TIME, m.time, 5),
    closesAt: optPattern(TIME, m.time, 5),
    validFrom: isoDate,
    validTo: isoDate,
    description: optText(500),
    locationName: optText(200),
  })
  .refine((s) => s.kind !== 'RECURRING' || s.weekday !== null, { message: m.weekdayRequired, path: ['weekday'] })
  .refine((s) => !s.validFrom || !s.validTo || s.validFrom <= s.validTo, { message: m.dateOrder, path: ['validTo'] })
  // "HH:MM" compares as text; a session that ends before (or as) it starts is a typing error (issue 12).
  .refine((s) => !s.opensAt || !s.closesAt || s.opensAt < s.closesAt, { message: m.timeOrder, path: ['closesAt'] });

const offerFields = z.object({
  name: text(200),
  shortDescription: text(400),
  description: text(10_000),
  status: z.enum(OFFER_STATUSES, { error: m.status }).optional(),
  alert: optText(500),
  ownerUnitId: z.string({ error: m.required }).trim().min(1, m.required),
  contactName: optText(200),
  contactEmail: optPattern(EMAIL, m.email),
  contactPhone: optPattern(PHONE, m.phone, 40),
  professionalPhone: optPattern(PHONE, m.phone, 40),
  intakeNotes: optText(2000),
  tellCitizen: optText(2000),
  accessRoutes: oneOf(ACCESS_ROUTES).refine((l) => l.length > 0, m.chooseAtLeastOne),
  eligibility: optText(2000),
  minAge: age,
  maxAge: age,
  targetGroups: words(100),
  needCategories: words(100)
    .refine((l) => l.length > 0, m.chooseAtLeastOne)
    .refine((l) => l.every((c) => findNeedCategory(c)), m.unknownNeedCategory)
    // Labels are accepted (CSV, seed); codes are stored.
    .transform((l) => [...new Set(l.map((c) => findNeedCategory(c)?.code ?? c))]),
  costKr: z
    .number({ error: m.offerCost })
    .int(m.offerCostWhole)
    .min(0, m.offerCost)
    .max(MAX_OFFER_COST_KR, m.offerCostMax(formatKr(MAX_OFFER_COST_KR)))
    .nullish()
    .transform((v) => v ?? null),
  costDescription: optText(500),
  // Known codes only, or their Danish names ("dansk" -> "da"); each unknown one is named (issue 12).
  languages: words(40).transform((list, ctx) => {
    const codes: string[] = [];
    for (const typed of list) {
      const code = offerLanguageCode(typed);
      if (code === null)
        ctx.addIssue({
          code: 'custom',
          message: m.unknownLanguage(typed, OFFER_LANGUAGE_CODES.slice(0, 3).join(', ')),
        });
      else if (!codes.includes(code)) codes.push(code);
    }
    return codes;
  }),
  languageNote: optText(500),
  interpreter: z
    .boolean({ error: m.yesNo })
    .nullish()
    .transform((v) => v ?? false),
  accessibility: optText(1000),
  bookingUrl: optPattern(HTTP_URL, m.url, 500),
  formats: words(40),
  keywords,
  isDemoData: z
    .boolean({ error: m.yesNo })
    .nullish()
    .transform((v) => v ?? false),
  locations: z
    .array(offerLocationInputSchema)
    .nullish()
    .transform((v) => v ?? []),
  schedules: z
    .array(offerScheduleInputSchema)
    .nullish()
    .transform((v) => v ?? []),
  themeIds: words(60),
  projectIds: words(60),
});

type Raw = Record<string, unknown>;
const filled = (v: unknown) => typeof v === 'string' && v.trim() !== '';
const hasItems = (v: unknown) => Array.isArray(v) && v.some(filled);

/** A whole offer, as created or as it stands after an edit. Cross-field rules always run, so every wrong field is named at once. */
export const offerInputSchema = offerFields.superRefine(
  (v, ctx) => {
    const raw = v as unknown as Raw;
    const min = typeof raw.minAge === 'number' ? raw.minAge : null;
    const max = typeof raw.maxAge === 'number' ? raw.maxAge : null;
    if (!hasItems(raw.targetGroups) && min === null && max === null) {
      ctx.addIssue({ code: 'custom', message: m.targetOrAge, path: ['targetGroups'] });
    }
    if (min !== null && max !== null && min > max)
      ctx.addIssue({ code: 'custom', message: m.maxAgeBelowMin, path: ['maxAge'] });
    if (!filled(raw.contactName)) ctx.addIssue({ code: 'custom', message: m.required, path: ['contactName'] });
    if (!filled(raw.contactEmail) && !filled(raw.contactPhone)) {
      ctx.addIssue({ code: 'custom', message: m.emailOrPhone, path: ['contactEmail'] });
    }
  },
  { when: () => true },
);

export type OfferInput = z.infer<typeof offerInputSchema>;
export type OfferLocationInput = z.infer<typeof offerLocationInputSchema>;
export type OfferScheduleInput = z.infer<typeof offerScheduleInputSchema>;

export const offerReportInputSchema = z.object({ message: text(2000) });
export const offerResolutionInputSchema = z.object({ resolution: optText(2000) });
export const sendOfferInputSchema = z.object({
  email: z.string({ error: m.email }).trim().max(200, m.tooLong(200)).regex(EMAIL, m.email),
});
/** Query.offers' filter by part of the name and its limit (the keyword picker, ADR 063). */
export const offerListArgsSchema = z.object({
  nameContains: z
    .string({ error: m.required })
    .trim()
    .max(200, m.tooLong(200))
    .nullish()
    .transform((v) => v || null),
  limit: z
    .number({ error: m.listLimit })
    .int(m.listLimit)
    .min(1, m.listLimit)
    .max(5_000, m.listLimit)
    .nullish()
    .transform((v) => v ?? null),
});
export const reviewQueueInputSchema = z.object({
  months: z.number({ error: m.months }).int(m.months).min(1, m.months).max(120, m.months),
});
