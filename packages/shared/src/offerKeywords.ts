// An offer's own search keywords (issue 11, ADR 054): one rule for the API, the offer form and the
// database's CHECK "Offer_keywords_shape" (migration 20261212050000): the word is folded as the search
// folds (æ/ø/å -> ae/oe/aa, accents dropped, lower case), so what is stored is 3-40 letters a-z.
import { fold } from './fold';
import { searchLearningMessages as m } from './messages/searchLearning';

/** At most this many keywords per offer (also the CHECK). */
export const MAX_KEYWORDS = 50;

/** The keyword as stored: one folded word of 3-40 letters a-z, or the Danish problem with it. */
export function keywordOf(raw: unknown): { word: string } | { problem: string } {
  const typed = typeof raw === 'string' ? raw.trim() : '';
  if (!typed) return { problem: m.keywordMissing };
  // The search's tokens (@sundhed/search `words`): letters and digits of the folded text.
  const found = fold(typed).match(/[\p{L}\p{N}]+/gu) ?? [];
  const word = found[0] ?? '';
  if (found.length !== 1 || !/^[a-z]{3,40}$/.test(word) || /\d/.test(typed)) return { problem: m.keywordOneWord };
  return { word };
}
