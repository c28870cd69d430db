// The reasons shown with a hit: why each concept matched (conceptReasons) and which filters it meets
// (filterReasons).
import { needFilterLabel } from '@sundhed/shared/needFilters';
import type { SearchableOffer } from './offer';
import { fold, similarity, words } from './fold';
import { bits } from './matchKinds';
import { searchMessages } from './messages';
import { needLabel } from './needLabels';
import { agePoints } from './queryHints';
import type { Concept } from './queryPlan';
import type { Filters } from './searchTypes';

/** fold() of the offers' words, remembered: reasons fold the same names and labels on every search. */
const folded = new Map<string, string>();
export function foldWord(text: string): string {
  let f = folded.get(text);
  if (f === undefined) {
    f = fold(text);
    if (folded.size >= 50_000) folded.clear();
    folded.set(text, f);
  }
  return f;
}

function offerWords(offer: SearchableOffer): { folded: string; display: string }[] {
  const texts = [
    offer.name,
    ...offer.targetGroups,
    ...(offer.keywords ?? []),
    ...offer.needCategories.map(needLabel),
    offer.shortDescription,
    offer.description,
  ];
  return texts.flatMap((t) =>
    (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => ({ folded: foldWord(w), display: w.toLowerCase() })),
  );
}

/** The longer word of the offer a term sits inside, e.g. "vand" in "varmtvandsbassin". */
function hostWord(term: string, text: string): string | null {
  const found = (text.match(/[\p{L}\p{N}]+/gu) ?? []).find((w) => foldWord(w).includes(term) && foldWord(w) !== term);
  return found ? found.toLowerCase() : null;
}

export function conceptReasons(c: Concept, mask: number, offer: SearchableOffer): string[] {
  const r = searchMessages.reason;
  const out: string[] = [];
  const needs = offer.needCategories.map(needLabel);
  const inName = (term: string) => foldWord(offer.name).includes(term);
  const whereInText = (term: string): string => {
    // The search document holds the categories' labels; the reason names the need as the "Behov" filter does,
    // with the category's label beside it when the word is only there.
    const at = needs.findIndex((n) => foldWord(n).includes(term));
    if (at >= 0) {
      const label = needFilterLabel(offer.needCategories[at]!);
      return r.need(foldWord(label).includes(term) ? label : `${label} (${needs[at]})`);
    }
    const group = offer.targetGroups.find((g) => foldWord(g).includes(term));
    if (group) return r.targetGroup(group);
    const keyword = offer.keywords?.find((k) => k.includes(term));
    // Keywords are kept folded (ADR 054/063): the reason shows the word as it was typed when it is the keyword.
    if (keyword) return r.keyword(keyword === c.term ? c.display : keyword);
    const host = hostWord(term, `${offer.shortDescription} ${offer.description}`);
    return host ? r.wordPart(c.display, host) : r.text(c.display);
  };
  const needOnly = (mask & (bits.conceptName | bits.conceptNeed | bits.conceptText)) === bits.conceptNeed;
  const need = needOnly ? offer.needCategories.find((code) => c.vocabulary?.needCodes.includes(code)) : undefined;
  if (need && !c.vocabulary?.spelled) {
    // Found through the need category alone: say so, not "Passer til" (the offer may serve the need broadly).
    out.push(r.need(needFilterLabel(need)));
  } else if (mask & (bits.conceptName | bits.conceptNeed | bits.conceptText) && c.vocabulary) {
    const label = c.vocabulary.label;
    if (c.vocabulary.spelled) out.push(r.typo(c.display, c.vocabulary.spelled));
    else out.push(fold(label) === c.typed ? r.concept(label) : `${r.concept(label)} (${c.display})`);
  } else if (mask & bits.nameTerm) {
    const host = hostWord(c.term, offer.name);
    out.push(host ? `${r.name(c.display)} (${r.wordPart(c.display, host)})` : r.name(c.display));
  } else if (mask & (bits.ftsTerm | bits.textTerm)) {
    out.push(whereInText(c.term));
  } else if (mask & (bits.nameSynonym | bits.ftsSynonym | bits.textSynonym)) {
    const text = fold(
      `${offer.name} ${offer.shortDescription} ${offer.targetGroups.join(' ')} ${(offer.keywords ?? []).join(' ')} ${needs.join(' ')} ${offer.description}`,
    );
    const syn =
      c.synonyms.find((s) => mask & bits.nameSynonym && inName(s.term)) ??
      c.synonyms.find((s) => text.includes(s.term)) ??
      c.synonyms.find((s) => words(s.term).some((w) => text.includes(w.slice(0, Math.max(3, w.length - 2))))) ??
      c.synonyms[0];
    if (syn) out.push(r.synonym(c.display, syn.display));
  } else if (mask & bits.typo) {
    const typed = c.typo ?? c.term;
    let best = { display: '', score: 0 };
    for (const w of offerWords(offer)) {
      // Also against the word's start, so "rygestob" meets "rygestop" inside "rygestopkursus".
      const score = Math.max(similarity(typed, w.folded), similarity(typed, w.folded.slice(0, typed.length)));
      if (score > best.score) best = { display: w.display, score };
    }
    out.push(r.typo(c.display, best.display || offer.name.toLowerCase()));
  }
  return out;
}

export function filterReasons(f: Filters, offer: SearchableOffer): string[] {
  const r = searchMessages.reason;
  const out: string[] = [];
  if (f.needCategory) out.push(r.need(needFilterLabel(f.needCategory)));
  if (f.targetGroup)
    out.push(
      r.targetGroup(offer.targetGroups.find((g) => g.toLowerCase() === f.targetGroup!.toLowerCase()) ?? f.targetGroup),
    );
  if (f.age != null) out.push(r.age);
  else if (f.ageHint != null) {
    const points = agePoints(f.ageHint, offer.minAge, offer.maxAge);
    if (points !== 0) out.push(points > 0 ? r.ageFromText(f.ageHint) : r.ageOutside(f.ageHint));
  }
  if (f.postalCode) out.push(r.area(f.postalCode));
  else if (f.area) out.push(r.area(f.areaDisplay ?? f.area));
  if (f.freeOnly) out.push(r.free);
  if (f.language) out.push(r.language(f.language));
  if (f.format) out.push(r.format(f.format));
  return out;
}
