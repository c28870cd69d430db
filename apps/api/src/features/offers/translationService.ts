// The hand-out in the citizen's language (issue 12, ADR 043): the staff unit's list of languages, with the
// fixed strings of the citizen-facing pages, and an offer's summary per language. Both are versioned
// records (ADR 016): version 0 creates, a stale version gets CONFLICT with the stored values.
import {
  LANGUAGE_CODE,
  handoutLanguageInputSchema,
  handoutMessages,
  handoutTextsWithFallback,
  offerTranslationInputSchema,
} from '@sundhed/shared';
import type { HandoutLanguage, OfferTranslation } from '../../__generated__/prisma/client';
import type { Db } from '../../db/prisma';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { conflictError, staleOrMissing } from '../../graphql/versioning';

const m = handoutMessages.translation;

export const listHandoutLanguages = (db: Pick<Db, 'handoutLanguage'>) =>
  db.handoutLanguage.findMany({ orderBy: { name: 'asc' } });

/** The language of `code` (any case), or null for Danish, no choice or a language not on the list. */
export async function findHandoutLanguage(db: Pick<Db, 'handoutLanguage'>, code: string | null | undefined) {
  const wanted = code?.trim().toLowerCase();
  if (!wanted || !LANGUAGE_CODE.test(wanted)) return null;
  return db.handoutLanguage.findUnique({ where: { code: wanted } });
}

/** The offer's summary in `language`, or null (Prisma batches these findUnique calls per tick). */
export function findOfferTranslation(db: Pick<Db, 'offerTranslation'>, offerId: string, language: string) {
  return db.offerTranslation.findUnique({
    where: { offerId_language: { offerId, language: language.trim().toLowerCase() } },
  });
}

/** The resolver's view of a language: its strings with the Danish fallback filled in. */
export function languageView(row: HandoutLanguage) {
  const { texts, missing } = handoutTextsWithFallback(row.texts);
  return { ...row, texts, missingTexts: missing };
}

const translationValues = (t: OfferTranslation) => ({
  name: t.name,
  shortDescription: t.shortDescription,
  description: t.description,
  eligibility: t.eligibility,
});

export async function saveOfferTranslation(
  ctx: Context,
  offerId: string,
  language: string,
  version: number,
  input: unknown,
): Promise<OfferTranslation> {
  const municipalityId = municipalityOf(ctx);
  const values = validate(offerTranslationInputSchema, input);
  const code = language.trim().toLowerCase();
  return ctx.db.$transaction(async (tx) => {
    const offer = await tx.offer.findFirst({ where: { id: offerId, municipalityId }, select: { id: true } });
    if (!offer) throw notFound();
    if (!(await findHandoutLanguage(tx, code)))
      throw validationError([{ path: 'language', message: m.unknownLanguage }]);
    const where = { offerId_language: { offerId, language: code } };
    if (version === 0) {
      // ON CONFLICT DO NOTHING: a translation saved meanwhile by someone else is a CONFLICT, not an error.
      const { count } = await tx.offerTranslation.createMany({
        data: [{ offerId, language: code, ...values }],
        skipDuplicates: true,
      });
      const row = await tx.offerTranslation.findUniqueOrThrow({ where });
      if (!count) throw conflictError('offerTranslation', row.version, translationValues(row));
      return row;
    }
    const { count } = await tx.offerTranslation.updateMany({
      where: { offerId, language: code, version },
      data: { ...values, version: { increment: 1 } },
    });
    const row = await tx.offerTranslation.findUnique({ where });
    if (!count) throw staleOrMissing('offerTranslation', row, translationValues);
    return row!;
  });
}

export async function saveHandoutLanguage(ctx: Context, code: string, version: number, input: unknown) {
  const key = code.trim().toLowerCase();
  if (!LANGUAGE_CODE.test(key)) throw validationError([{ path: 'code', message: m.codeShape }]);
  const values = validate(handoutLanguageInputSchema, input);
  const languageValues = (l: HandoutLanguage) => ({
    name: l.name,
    nativeName: l.nativeName,
    direction: l.direction,
    texts: l.texts,
  });
  const row = await ctx.db.$transaction(async (tx) => {
    if (version === 0) {
      const { count } = await tx.handoutLanguage.createMany({
        data: [{ code: key, ...values }],
        skipDuplicates: true,
      });
      const stored = await tx.handoutLanguage.findUniqueOrThrow({ where: { code: key } });
      if (!count) throw conflictError('handoutLanguage', stored.version, languageValues(stored));
      return stored;
    }
    const { count } = await tx.handoutLanguage.updateMany({
      where: { code: key, version },
      data: { ...values, version: { increment: 1 } },
    });
    const stored = await tx.handoutLanguage.findUnique({ where: { code: key } });
    if (!count) throw staleOrMissing('handoutLanguage', stored, languageValues);
    return stored!;
  });
  return languageView(row);
}
