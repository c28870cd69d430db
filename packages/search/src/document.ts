// An offer's search document, worked out in TypeScript (ADR 044) by the rules of the trigger
// "offer_search_document" (migration 20261122093000): folded name, folded short texts, and the weighted
// full-text entries — name A; short description, target groups and need labels B; description and
// eligibility C — stemmed by the same Danish stemmer (stemmer.ts) that stems the query words. The server
// and the browser build their indexes with this one function, so both find the same offers.
import { fold } from '@sundhed/shared/fold';
import type { SearchableOffer } from './offer';
import { needLabel } from './needLabels';
import { fullTextStopwords, searchStem } from './stemmer';
import type { LexemeEntry } from './textMatch';
import { sharedEntry } from './sharedEntries';

/** The fields of an offer its document is made from. */
export type DocumentSource = Pick<
  SearchableOffer,
  'name' | 'shortDescription' | 'description' | 'eligibility' | 'targetGroups' | 'needCategories' | 'keywords'
>;

export interface SearchDocument {
  searchName: string;
  /** Folded name, short description, target groups and need labels, single-spaced (word parts). */
  searchText: string;
  /** Folded name, target groups and need labels (typos, suggestions). */
  searchTerms: string;
  /** The full-text entries, sorted by lexeme. */
  entries: LexemeEntry[];
}

/** A tsvector keeps at most this many positions per lexeme, and positions up to this number. */
const MAX_POSITIONS = 256;
const MAX_POSITION = 16383;

/**
 * Tokens as PostgreSQL's parser reads them: numbers with decimal points ("kl. 12.00": one token); after a
 * number, a hyphen and a number are a signed number ("8-12 uger": 8 and -12, so "12" is not found there);
 * words, and words joined by hyphens ("rygestop-kursus": the whole, then its parts); plain numbers.
 */
const TOKEN = /\p{N}+(?:\.\p{N}+)+|(?<=\p{N})-\p{N}+|[\p{L}\p{N}]*\p{L}[\p{L}\p{N}]*(?:-[\p{L}\p{N}]+)*|\p{N}+/gu;
/** The dashes the database's `unaccent` turns into a hyphen before the document is made. */
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Stems remembered: a catalogue says the same words again and again (bounded). */
const stems = new Map<string, string | null>();
const MAX_STEMS = 200_000;

function lexeme(w: string): string | null {
  let stem = stems.get(w);
  if (stem === undefined) {
    stem = /[0-9]/.test(w) ? w : fullTextStopwords.has(w) || w.length > 2047 ? null : searchStem(w);
    if (stems.size >= MAX_STEMS) stems.clear();
    stems.set(w, stem);
  }
  return stem;
}

/** The lexemes of a folded text in order (null: a stop word, which takes a position but is not kept). */
function lexemes(folded: string): (string | null)[] {
  const out: (string | null)[] = [];
  for (const token of folded.replace(DASHES, '-').match(TOKEN) ?? []) {
    if (token.includes('-') && /\p{L}/u.test(token)) {
      out.push(lexeme(token));
      for (const part of token.split('-')) out.push(lexeme(part));
    } else out.push(lexeme(token));
  }
  return out;
}

/**
 * `setweight(to_tsvector(a), 'A') || setweight(to_tsvector(b), 'B') || …`: each part's positions follow
 * the previous parts' last position.
 */
function weightedEntries(parts: { text: string; weight: number }[]): LexemeEntry[] {
  const byLexeme = new Map<string, LexemeEntry>();
  let offset = 0;
  for (const { text, weight } of parts) {
    let last = 0;
    lexemes(text).forEach((lexeme, i) => {
      if (lexeme === null) return;
      const position = Math.min(MAX_POSITION, offset + i + 1);
      last = position;
      let entry = byLexeme.get(lexeme);
      if (!entry) byLexeme.set(lexeme, (entry = { lexeme, positions: [], weights: [] }));
      if (entry.positions.length < MAX_POSITIONS && entry.positions.at(-1) !== position) {
        entry.positions.push(position);
        entry.weights.push(weight);
      }
    });
    offset = Math.max(offset, last);
  }
  return [...byLexeme.values()]
    .sort((a, b) => (a.lexeme < b.lexeme ? -1 : a.lexeme > b.lexeme ? 1 : 0))
    .map((e) => sharedEntry(e.lexeme, e.positions, e.weights));
}

const WEIGHT = { A: 3, B: 2, C: 1 } as const;

/** The search document of an offer. */
export function searchDocument(o: DocumentSource): SearchDocument {
  // The offer's keywords (ADR 054) count as target groups do: short text (B), and typo targets.
  const groups = [...o.targetGroups, ...(o.keywords ?? [])].join(' ');
  const needs = o.needCategories.map(needLabel).join(' ');
  const searchName = fold(o.name);
  return {
    searchName,
    searchText: fold([o.name, o.shortDescription, groups, needs].join(' ')).replace(/\s+/g, ' '),
    searchTerms: fold([o.name, groups, needs].join(' ')),
    entries: weightedEntries([
      { text: searchName, weight: WEIGHT.A },
      { text: fold([o.shortDescription, groups, needs].join(' ')), weight: WEIGHT.B },
      { text: fold([o.description, o.eligibility].filter((t) => t != null).join(' ')), weight: WEIGHT.C },
    ]),
  };
}
