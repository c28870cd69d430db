// An offer's own search keywords (issue 11, ADR 054): the staff unit adds a word citizens use, from
// "Søgninger uden resultat", to one offer in one click. Versioned like every offer edit (ADR 016): the
// caller names the version it saw, a stale one gets CONFLICT; the change is a row of the offer's history.
import { searchLearningMessages as m } from '@sundhed/shared';
import { words } from '@sundhed/search';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { recordChanges } from './offerService';
import { lockOffer, offerConflict } from './offerVersion';

/** At most this many keywords per offer (also a CHECK constraint). */
export const MAX_KEYWORDS = 50;

/** The keyword as stored: one folded word of 3-40 letters a-z, or the Danish problem with it. */
export function keywordOf(raw: unknown): { word: string } | { problem: string } {
  const typed = typeof raw === 'string' ? raw.trim() : '';
  if (!typed) return { problem: m.keywordMissing };
  const found = words(typed);
  const word = found[0] ?? '';
  if (found.length !== 1 || !/^[a-z]{3,40}$/.test(word) || /\d/.test(typed)) return { problem: m.keywordOneWord };
  return { word };
}

/** Adds a keyword to the offer (nothing changes when it has it already); returns the saved offer. */
export async function addOfferKeyword(ctx: Context, offerId: string, version: number, keyword: unknown) {
  const parsed = keywordOf(keyword);
  if ('problem' in parsed) throw validationError([{ path: 'keyword', message: parsed.problem }]);
  const municipalityId = municipalityOf(ctx);
  return ctx.db.$transaction(async (tx) => {
    const stored = await lockOffer(tx, offerId, municipalityId);
    if (stored === null) throw notFound();
    if (stored !== version) throw await offerConflict(tx, offerId, municipalityId, version);
    const current = await tx.offer.findFirstOrThrow({ where: { id: offerId, municipalityId } });
    if (current.keywords.includes(parsed.word)) return current;
    if (current.keywords.length >= MAX_KEYWORDS)
      throw validationError([{ path: 'keyword', message: m.keywordTooMany(MAX_KEYWORDS) }]);
    const keywords = [...current.keywords, parsed.word];
    const next = current.version + 1;
    await recordChanges(
      tx,
      offerId,
      ctx.user!.id,
      'UPDATE',
      [{ field: 'keywords', oldValue: current.keywords, newValue: keywords }],
      next,
    );
    return tx.offer.update({ where: { id: offerId }, data: { keywords, version: next } });
  });
}
