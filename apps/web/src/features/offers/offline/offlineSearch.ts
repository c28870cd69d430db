import { needFilterCodes } from '@sundhed/shared/needFilters';
import { fold, ui } from '../../../shared';
import type { OfferSearchInput, OfferSearchHitData } from '../searchQueries';
import type { OfflineOffer } from './offlineTypes';

function words(text: string): string[] {
  return fold(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Words of a citizen's sentence that carry no meaning on their own ("stop med at ryge"). */
const stopwords = new Set(
  'af at de den der det du en er et for fra i jeg med men og om paa sig som til vil gerne have noget min mit mine'.split(
    ' ',
  ),
);

interface Weighted {
  words: string[];
  weight: number;
}

function fields(offer: OfflineOffer): Weighted[] {
  return [
    { words: words(offer.name), weight: 4 },
    {
      words: words([...offer.needCategories.map((n) => `${n.code} ${n.label}`), ...offer.targetGroups].join(' ')),
      weight: 2,
    },
    { words: words(offer.shortDescription), weight: 1 },
    { words: words(offer.locations.map((l) => `${l.name} ${l.city ?? ''}`).join(' ')), weight: 1 },
  ];
}

/** Score of one query word: the best field where a word starts with it (or, for long words, contains it). */
function wordScore(query: string, weighted: Weighted[]): number {
  let best = 0;
  for (const field of weighted) {
    for (const word of field.words) {
      if (word.startsWith(query)) best = Math.max(best, field.weight * (word === query ? 1.5 : 1));
      else if (query.length >= 4 && word.includes(query)) best = Math.max(best, field.weight * 0.5);
    }
  }
  return best;
}

function passesFilters(offer: OfflineOffer, input: OfferSearchInput): boolean {
  if (input.needCategory) {
    const codes = needFilterCodes(input.needCategory);
    if (!offer.needCategories.some((n) => codes.includes(n.code))) return false;
  }
  if (input.age != null && ((offer.minAge ?? 0) > input.age || (offer.maxAge ?? 200) < input.age)) return false;
  if (input.freeOnly && offer.costKr !== 0) return false;
  if (input.targetGroup && !offer.targetGroups.some((t) => fold(t).includes(fold(input.targetGroup ?? ''))))
    return false;
  if (input.language && !offer.languages.includes(input.language)) return false;
  if (input.format && !offer.formats.includes(input.format)) return false;
  if (input.postalCode && !offer.locations.some((l) => l.postalCode === input.postalCode)) return false;
  const area = input.area ? fold(input.area) : '';
  if (area && !offer.locations.some((l) => fold([l.name, l.address, l.postalCode, l.city].join(' ')).includes(area)))
    return false;
  return true;
}

/**
 * Search in the local copy: every query word must begin a word of the offer (name, needs, target
 * groups, short text, place) — so "rygestop" finds "Rygestopkursus" — plus the same filters as online.
 * A small stand-in for the server's engine: no synonyms or typo tolerance.
 */
export function searchOffline(
  offers: OfflineOffer[],
  input: OfferSearchInput,
): { hits: OfferSearchHitData[]; total: number } {
  const all = words(input.text ?? '');
  const query = all.filter((w) => !stopwords.has(w)).length > 0 ? all.filter((w) => !stopwords.has(w)) : all;
  const scored: OfferSearchHitData[] = [];
  for (const offer of offers) {
    if (offer.status !== 'ACTIVE' || !passesFilters(offer, input)) continue;
    const weighted = fields(offer);
    let score = 0;
    let matched = true;
    for (const word of query) {
      const s = wordScore(word, weighted);
      if (s === 0) {
        matched = false;
        break;
      }
      score += s;
    }
    if (matched) scored.push({ __typename: 'OfferSearchHit', offer, score, reasons: [ui.offers.offlineReason] });
  }
  scored.sort((a, b) => b.score - a.score || a.offer.name.localeCompare(b.offer.name, 'da'));
  return { hits: scored.slice(0, input.limit ?? 30), total: scored.length };
}
