// The incremental index (ADR 044): a changed or new offer is put into a scope's index in place, without
// building the index anew. A changed offer keeps its document number; a new one is appended. Each table
// of the index (postings, the sorted lexemes and tokens, the order by name, the trigrams, and the engine's
// own tables through followUpdate) moves only the entries of the changed offers. An offer that left the
// scope (deleted, or moved to another municipality) is rare: then the index is built anew from the
// documents it holds, which reads nothing.
import type { SearchableOffer } from './offer';
import { followUpdate, isWarmed, warmIndex } from './searchEngine';
import {
  followTermText,
  indexDocuments,
  termTrigrams,
  trigramDocs,
  type IndexedOffer,
  type ScopeIndex,
} from './searchIndex';
import type { MunicipalLayerRow } from '@sundhed/vocabulary';

type Label = Pick<ScopeIndex, 'offersVersion' | 'synonymsVersion' | 'stamps'>;

function lowerBound(list: readonly string[], key: string): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Adds `key` to a sorted list of distinct strings; true when it was not there. */
function insertSorted(list: string[], key: string): boolean {
  const i = lowerBound(list, key);
  if (list[i] === key) return false;
  list.splice(i, 0, key);
  return true;
}

function removeSorted(list: string[], key: string): void {
  const i = lowerBound(list, key);
  if (list[i] === key) list.splice(i, 1);
}

/** Adds a document to a posting list (ascending documents). */
function addDoc(map: Map<string, number[]>, key: string, doc: number): boolean {
  const list = map.get(key);
  if (!list) {
    map.set(key, [doc]);
    return true;
  }
  let i = list.length;
  while (i > 0 && (list[i - 1] as number) > doc) i--;
  if (list[i - 1] !== doc) list.splice(i, 0, doc);
  return false;
}

/** Removes a document from a posting list; true when the list is then empty (and gone). */
function removeDoc(map: Map<string, number[]>, key: string, doc: number): boolean {
  const list = map.get(key);
  if (!list) return false;
  const i = list.indexOf(doc);
  if (i >= 0) list.splice(i, 1);
  if (list.length) return false;
  map.delete(key);
  return true;
}

const tokensOf = (o: IndexedOffer) => new Set(o.searchText.split(/\s+/).filter(Boolean));
const lexemesOf = (o: IndexedOffer) => new Set(o.entries.map((e) => e.lexeme));

function byNameOrder(index: ScopeIndex) {
  return (a: number, b: number) => {
    const x = (index.offers[a] as IndexedOffer).offer;
    const y = (index.offers[b] as IndexedOffer).offer;
    return x.name < y.name ? -1 : x.name > y.name ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
  };
}

/**
 * Puts changed and new offers into the index and drops the ones named in `removed`; returns the index
 * (the same object, updated, unless something was removed) labelled with the versions it now holds.
 */
export function updateIndex<O extends SearchableOffer>(
  index: ScopeIndex<O>,
  changed: readonly IndexedOffer<O>[],
  removed: readonly string[],
  label: Label,
  synonymGroups: string[][] = index.synonymGroups,
  vocabularyLayer: MunicipalLayerRow[] = index.vocabularyLayer,
): ScopeIndex<O> {
  const docOf = index.docOf;
  const gone = removed.filter((id) => docOf.has(id));
  if (gone.length) {
    const drop = new Set(gone);
    const fresh = new Map(changed.map((o) => [o.offer.id, o]));
    const kept = index.offers.filter((o) => !drop.has(o.offer.id)).map((o) => fresh.get(o.offer.id) ?? o);
    const added = changed.filter((o) => !docOf.has(o.offer.id) && !drop.has(o.offer.id));
    const all = [...kept, ...added].sort((a, b) => (a.offer.id < b.offer.id ? -1 : a.offer.id > b.offer.id ? 1 : 0));
    const rebuilt = indexDocuments(all, synonymGroups, label, vocabularyLayer);
    // The trigram table the old index had is built again here, not by the next typo search (ADR 060).
    if (index.trigramDocs) trigramDocs(rebuilt);
    // So are the engine's tables, when the old index had them built (ADR 074).
    if (isWarmed(index)) warmIndex(rebuilt);
    return rebuilt;
  }
  const changes: { doc: number; before: IndexedOffer<O> | null; after: IndexedOffer<O> }[] = [];
  const newLexemes: string[] = [];
  let tokensChanged = false;
  let namesChanged = false;
  for (const after of changed) {
    const existing = docOf.get(after.offer.id);
    const doc = existing ?? index.offers.length;
    const before = existing === undefined ? null : (index.offers[existing] as IndexedOffer<O>);
    const oldLexemes = before ? lexemesOf(before) : new Set<string>();
    const newSet = lexemesOf(after);
    for (const lexeme of oldLexemes) {
      if (!newSet.has(lexeme) && removeDoc(index.postings, lexeme, doc)) removeSorted(index.vocabulary, lexeme);
    }
    for (const lexeme of newSet) {
      if (oldLexemes.has(lexeme)) continue;
      if (addDoc(index.postings, lexeme, doc)) {
        insertSorted(index.vocabulary, lexeme);
        newLexemes.push(lexeme);
      }
    }
    const oldTokens = before ? tokensOf(before) : new Set<string>();
    const newTokens = tokensOf(after);
    for (const token of oldTokens) {
      if (!newTokens.has(token) && removeDoc(index.tokenDocs, token, doc)) {
        removeSorted(index.tokens, token);
        tokensChanged = true;
      }
    }
    for (const token of newTokens) {
      if (!oldTokens.has(token) && addDoc(index.tokenDocs, token, doc)) {
        insertSorted(index.tokens, token);
        tokensChanged = true;
      }
    }
    if (index.trigramDocs) {
      const oldTrigrams = new Set(before ? termTrigrams(before).distinct : []);
      const newTrigrams = new Set(termTrigrams(after).distinct);
      for (const t of oldTrigrams) if (!newTrigrams.has(t)) removeDoc(index.trigramDocs, t, doc);
      for (const t of newTrigrams) if (!oldTrigrams.has(t)) addDoc(index.trigramDocs, t, doc);
      followTermText(index, doc);
    }
    if (!before || before.offer.name !== after.offer.name) namesChanged = true;
    index.offers[doc] = after;
    docOf.set(after.offer.id, doc);
    changes.push({ doc, before, after });
  }
  if (tokensChanged) {
    const starts: number[] = [];
    let at = 1;
    for (const t of index.tokens) {
      starts.push(at);
      at += t.length + 1;
    }
    index.tokenStarts = starts;
    index.tokenBlob = `\n${index.tokens.join('\n')}\n`;
  }
  if (namesChanged) {
    // Out of the order the changed names, then each back in at its place (the rest stays sorted).
    const moved = new Set(
      changes.filter((c) => !c.before || c.before.offer.name !== c.after.offer.name).map((c) => c.doc),
    );
    const byName = index.byName.filter((doc) => !moved.has(doc));
    const order = byNameOrder(index);
    for (const doc of moved) {
      let lo = 0;
      let hi = byName.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (order(byName[mid] as number, doc) < 0) lo = mid + 1;
        else hi = mid;
      }
      byName.splice(lo, 0, doc);
    }
    index.byName = byName;
    const rank = new Int32Array(index.offers.length);
    index.byName.forEach((doc, i) => (rank[doc] = i));
    index.nameRank = rank;
  }
  index.synonymGroups = synonymGroups;
  index.vocabularyLayer = vocabularyLayer;
  index.offersVersion = label.offersVersion;
  index.synonymsVersion = label.synonymsVersion;
  index.stamps = label.stamps;
  followUpdate(index, changes, newLexemes);
  return index;
}
