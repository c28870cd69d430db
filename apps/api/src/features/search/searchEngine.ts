// The one offer search engine, used by GraphQL (searchOffers) and the HSDS API (services?search=).
// One SQL statement finds and ranks: Danish full text (stemmed prefixes, weights A name, B short
// description/target groups/needs, C description), word parts of compounds and phrases (regular
// expressions on folded text, trigram-indexed), synonyms, and typos (pg_trgm word similarity).
// Every value travels as a parameter; the statement text is built from fixed pieces only. ADR 007.
import type { Db } from '../../db/prisma';
import type { Offer, OfferStatus } from '../../__generated__/prisma/client';
import { fold, similarity, words } from './fold';
import { searchMessages } from './messages';
import { needLabel } from './needLabels';
import { MAX_QUERY_CHARS, planQuery, termPatterns, termRegex, termsTsquery, type Concept } from './queryPlan';
import { loadSynonymGroups } from './synonyms';

export interface SearchInput {
  text?: string | null;
  needCategory?: string | null;
  age?: number | null;
  targetGroup?: string | null;
  postalCode?: string | null;
  area?: string | null;
  freeOnly?: boolean | null;
  language?: string | null;
  format?: string | null;
  /** Default: active offers only. */
  statuses?: OfferStatus[] | null;
  /** Offers changed at or after this moment (HSDS modified_after). */
  modifiedAfter?: Date | null;
  /** Only offers of this owning unit (HSDS organization_id). */
  ownerUnitId?: string | null;
  limit?: number | null;
  offset?: number | null;
}

export interface SearchScope {
  /** The caller's municipality; null searches every municipality (the public HSDS feed). */
  municipalityId: string | null;
  /** Work out suggestions when nothing matched (the app: yes; the HSDS API: no). Default true. */
  suggest?: boolean;
}

export interface SearchHit {
  offer: Offer;
  score: number;
  reasons: string[];
}

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  /** Did-you-mean queries when nothing matched. */
  suggestions: string[];
  /** When filters left nothing: the best matches for the text without the filters. */
  withoutFilters: SearchHit[];
}

export const MAX_LIMIT = 100;
const MAX_OFFSET = 10_000;
const MAX_FILTER_CHARS = 100;

const bits = { nameTerm: 1, nameSynonym: 2, ftsTerm: 4, textTerm: 8, ftsSynonym: 16, textSynonym: 32, typo: 64 } as const;

function clampInt(value: number | null | undefined, min: number, max: number, fallback: number): number {
  if (value == null || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function cleanFilter(value: string | null | undefined): string | null {
  const v = value?.trim().slice(0, MAX_FILTER_CHARS);
  return v ? v : null;
}

interface Filters {
  municipalityId: string | null;
  statuses: OfferStatus[];
  needCategory: string | null;
  age: number | null;
  targetGroup: string | null;
  postalCode: string | null;
  area: string | null;
  freeOnly: boolean;
  language: string | null;
  format: string | null;
  modifiedAfter: Date | null;
  ownerUnitId: string | null;
}

export function readFilters(input: SearchInput, scope: SearchScope): Filters {
  const areaWords = words(cleanFilter(input.area) ?? '').join(' ');
  return {
    municipalityId: scope.municipalityId,
    statuses: input.statuses?.length ? [...new Set(input.statuses)] : ['ACTIVE'],
    needCategory: cleanFilter(input.needCategory),
    age: input.age == null ? null : clampInt(input.age, 0, 150, 0),
    targetGroup: cleanFilter(input.targetGroup),
    postalCode: cleanFilter(input.postalCode),
    area: areaWords || null,
    freeOnly: input.freeOnly === true,
    language: cleanFilter(input.language)?.toLowerCase() ?? null,
    format: cleanFilter(input.format)?.toLowerCase() ?? null,
    modifiedAfter: input.modifiedAfter ?? null,
    ownerUnitId: cleanFilter(input.ownerUnitId),
  };
}

function hasUserFilters(f: Filters): boolean {
  return Boolean(f.needCategory || f.age != null || f.targetGroup || f.postalCode || f.area || f.freeOnly || f.language || f.format);
}

class Params {
  readonly values: unknown[] = [];
  add(value: unknown, cast: string): string {
    this.values.push(value);
    return `$${this.values.length}::${cast}`;
  }
}

function filterSql(f: Filters, p: Params): string[] {
  const where = [`o."status" = ANY(${p.add(f.statuses, '"OfferStatus"[]')})`];
  if (f.municipalityId) where.push(`o."municipalityId" = ${p.add(f.municipalityId, 'text')}`);
  if (f.needCategory) where.push(`${p.add(f.needCategory, 'text')} = ANY(o."needCategories")`);
  if (f.age != null) {
    const age = p.add(f.age, 'int');
    where.push(`(o."minAge" IS NULL OR o."minAge" <= ${age}) AND (o."maxAge" IS NULL OR o."maxAge" >= ${age})`);
  }
  if (f.targetGroup) where.push(`EXISTS (SELECT 1 FROM unnest(o."targetGroups") g WHERE lower(g) = lower(${p.add(f.targetGroup, 'text')}))`);
  if (f.postalCode) where.push(`EXISTS (SELECT 1 FROM "OfferLocation" l WHERE l."offerId" = o."id" AND l."postalCode" = ${p.add(f.postalCode, 'text')})`);
  if (f.area) {
    where.push(
      `EXISTS (SELECT 1 FROM "OfferLocation" l WHERE l."offerId" = o."id" AND (l."postalCode" = ${p.add(f.area, 'text')} OR ` +
        `strpos("search_fold"(concat_ws(' ', l."name", l."address", l."postalCode", l."city")), ${p.add(f.area, 'text')}) > 0))`,
    );
  }
  if (f.freeOnly) where.push(`o."costKr" = 0`);
  if (f.language) where.push(`${p.add(f.language, 'text')} = ANY(o."languages")`);
  if (f.format) where.push(`EXISTS (SELECT 1 FROM unnest(o."formats") x WHERE lower(x) = ${p.add(f.format, 'text')})`);
  if (f.modifiedAfter) where.push(`o."updatedAt" >= (${p.add(f.modifiedAfter.toISOString(), 'timestamptz')} AT TIME ZONE 'UTC')`); // Prisma stores UTC
  if (f.ownerUnitId) where.push(`o."ownerUnitId" = ${p.add(f.ownerUnitId, 'text')}`);
  return where;
}

/**
 * One concept's SQL: index-driven candidate branches (each a single predicate, so the planner takes its
 * GIN index), and a CASE chain giving the first (best) kind of match. CASE evaluates lazily, so the
 * costlier checks (description, typo similarity) run only for rows the cheaper ones did not settle.
 */
function conceptSql(c: Concept, p: Params, withTypo: boolean, scopeSql: string) {
  const termPats = termPatterns(c.term);
  const synPats = [...new Set(c.synonyms.flatMap((s) => termPatterns(s.term)))];
  const termQ = termsTsquery([c.term]);
  const synQ = termsTsquery(c.synonyms.map((s) => s.term));
  const allQ = termsTsquery([c.term, ...c.synonyms.map((s) => s.term)]);
  // Candidates: one trigram-indexed regular expression over the short fields for the word and its
  // synonyms (one index scan however many synonyms), and the stemmed word in the full-text index.
  const candidates: string[] = [];
  const alternatives = [...new Set([c.term, ...c.synonyms.map((x) => x.term)].map(termRegex).filter((r): r is string => Boolean(r)))];
  if (alternatives.length) candidates.push(`SELECT "id" FROM "Offer" WHERE ${scopeSql} AND "searchText" ~ ${p.add(alternatives.join('|'), 'text')}`);
  if (termQ) candidates.push(`SELECT "id" FROM "Offer" WHERE ${scopeSql} AND "searchVector" @@ to_tsquery('danish', ${p.add(termQ, 'text')})`);
  else if (allQ) candidates.push(`SELECT "id" FROM "Offer" WHERE ${scopeSql} AND "searchVector" @@ to_tsquery('danish', ${p.add(allQ, 'text')})`);
  const typo = c.typo && withTypo ? p.add(c.typo, 'text') : null;
  if (typo) candidates.push(`SELECT "id" FROM "Offer" WHERE ${scopeSql} AND ${typo} <% "searchTerms"`);

  const tp = termPats.length ? p.add(termPats, 'text[]') : null;
  const sp = synPats.length ? p.add(synPats, 'text[]') : null;
  const tq = termQ ? `to_tsquery('danish', ${p.add(termQ, 'text')})` : null;
  const sq = synQ ? `to_tsquery('danish', ${p.add(synQ, 'text')})` : null;
  const chain: [keyof typeof bits, string, string][] = [];
  if (tp) chain.push(['nameTerm', `o."searchName" LIKE ANY(${tp})`, tq ? `10 + 10 * ts_rank(o."searchVector", ${tq})` : '10']);
  if (sp) chain.push(['nameSynonym', `o."searchName" LIKE ANY(${sp})`, '7']);
  if (tq) chain.push(['ftsTerm', `o."searchVector" @@ ${tq}`, `3 + 20 * ts_rank(o."searchVector", ${tq})`]);
  if (tp) chain.push(['textTerm', `o."searchText" LIKE ANY(${tp})`, '3']);
  if (sq) chain.push(['ftsSynonym', `o."searchVector" @@ ${sq}`, `2 + 10 * ts_rank(o."searchVector", ${sq})`]);
  if (sp) chain.push(['textSynonym', `o."searchText" LIKE ANY(${sp})`, '2']);
  if (typo) chain.push(['typo', `${typo} <% o."searchTerms"`, `8 * word_similarity(${typo}, o."searchTerms")`]);
  const kind = chain.length ? `CASE ${chain.map(([k, cond]) => `WHEN ${cond} THEN ${bits[k]}`).join(' ')} ELSE 0 END` : '0';
  return { candidates, kind, chain };
}

interface Row {
  id: string;
  score: number;
  masks: number[];
  total: bigint | number;
  /** Per concept: how many of all hits it matched (0 = the word found nothing). */
  matched: (bigint | number)[];
}

/** The statement: candidates from the indexes, filtered, scored per concept, ranked, paged. */
export function buildStatement(concepts: Concept[], f: Filters, limit: number, offset: number, typos: readonly boolean[] = []) {
  const p = new Params();
  const where = filterSql(f, p);
  if (!concepts.length) {
    const sql = `SELECT o."id", 0::float8 AS score, ARRAY[]::int[] AS masks, count(*) OVER () AS total, ARRAY[]::bigint[] AS matched
      FROM "Offer" o WHERE ${where.join(' AND ')}
      ORDER BY (o."status" = 'ACTIVE') DESC, o."name", o."id" LIMIT ${p.add(limit, 'int')} OFFSET ${p.add(offset, 'int')}`;
    return { sql, params: p.values };
  }
  // Municipality and status go into every candidate branch, so a scoped search reads only its rows.
  const scope = [`"status" = ANY(${p.add(f.statuses, '"OfferStatus"[]')})`];
  if (f.municipalityId) scope.push(`"municipalityId" = ${p.add(f.municipalityId, 'text')}`);
  const parts = concepts.map((c, j) => conceptSql(c, p, typos[j] ?? false, scope.join(' AND ')));
  const candidates = parts.flatMap((x) => x.candidates);
  if (!candidates.length) candidates.push(`SELECT "id" FROM "Offer" WHERE false`);
  // Per concept: the kind of its best match (one bit of `bits`), then its score from that kind.
  const kinds = parts.map((x, j) => `${x.kind} AS k${j}`);
  const scores = parts.map((x, j) =>
    x.chain.length ? `(CASE k${j} ${x.chain.map(([k, , score]) => `WHEN ${bits[k]} THEN ${score.replace(/o\."/g, 'm."')}`).join(' ')} ELSE 0 END)` : '0',
  );
  // A hit matching more of the typed concepts ranks above a stronger match of fewer.
  const coverage = parts.map((_, j) => `(CASE WHEN k${j} > 0 THEN 5 ELSE 0 END)`).join(' + ');
  const sql = `WITH c AS (${candidates.join(' UNION ')})
    SELECT s."id", s.score, s.masks, count(*) OVER () AS total,
      ARRAY[${parts.map((_, j) => `count(*) FILTER (WHERE s.masks[${j + 1}] > 0) OVER ()`).join(', ')}] AS matched FROM (
      SELECT m."id", m."status", m."name", ${scores.join(' + ')} + ${coverage} AS score, ARRAY[${parts.map((_, j) => `k${j}`).join(', ')}] AS masks
      FROM (
        SELECT o."id", o."status", o."name", o."searchVector", o."searchTerms", ${kinds.join(', ')}
        FROM c JOIN "Offer" o ON o."id" = c."id"
        WHERE ${where.join(' AND ')}
        OFFSET 0
      ) m
      WHERE ${parts.map((_, j) => `k${j} > 0`).join(' OR ')}
    ) s
    ORDER BY s.score DESC, (s."status" = 'ACTIVE') DESC, s."name", s."id"
    LIMIT ${p.add(limit, 'int')} OFFSET ${p.add(offset, 'int')}`;
  return { sql, params: p.values };
}

// ---------- reasons ----------

function offerWords(offer: Offer): { folded: string; display: string }[] {
  const texts = [offer.name, ...offer.targetGroups, ...offer.needCategories.map(needLabel)];
  return texts.flatMap((t) => (t.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => ({ folded: fold(w), display: w.toLowerCase() })));
}

/** The longer word of the offer a term sits inside, e.g. "vand" in "varmtvandsbassin". */
function hostWord(term: string, text: string): string | null {
  const found = (text.match(/[\p{L}\p{N}]+/gu) ?? []).find((w) => fold(w).includes(term) && fold(w) !== term);
  return found ? found.toLowerCase() : null;
}

function conceptReasons(c: Concept, mask: number, offer: Offer): string[] {
  const r = searchMessages.reason;
  const out: string[] = [];
  const needs = offer.needCategories.map(needLabel);
  const inName = (term: string) => fold(offer.name).includes(term);
  const whereInText = (term: string): string => {
    const need = needs.find((n) => fold(n).includes(term));
    if (need) return r.need(need);
    const group = offer.targetGroups.find((g) => fold(g).includes(term));
    if (group) return r.targetGroup(group);
    const host = hostWord(term, `${offer.shortDescription} ${offer.description}`);
    return host ? r.wordPart(c.display, host) : r.text(c.display);
  };
  if (mask & bits.nameTerm) {
    const host = hostWord(c.term, offer.name);
    out.push(host ? `${r.name(c.display)} (${r.wordPart(c.display, host)})` : r.name(c.display));
  } else if (mask & (bits.ftsTerm | bits.textTerm)) {
    out.push(whereInText(c.term));
  } else if (mask & (bits.nameSynonym | bits.ftsSynonym | bits.textSynonym)) {
    const text = fold(`${offer.name} ${offer.shortDescription} ${offer.targetGroups.join(' ')} ${needs.join(' ')} ${offer.description}`);
    const syn =
      c.synonyms.find((s) => mask & bits.nameSynonym && inName(s.term)) ??
      c.synonyms.find((s) => text.includes(s.term)) ??
      c.synonyms.find((s) => words(s.term).some((w) => text.includes(w.slice(0, Math.max(3, w.length - 2))))) ??
      c.synonyms[0];
    out.push(r.synonym(c.display, syn.display));
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

function filterReasons(f: Filters, offer: Offer): string[] {
  const r = searchMessages.reason;
  const out: string[] = [];
  if (f.needCategory) out.push(r.need(needLabel(f.needCategory)));
  if (f.targetGroup) out.push(r.targetGroup(offer.targetGroups.find((g) => g.toLowerCase() === f.targetGroup!.toLowerCase()) ?? f.targetGroup));
  if (f.age != null) out.push(r.age);
  if (f.postalCode) out.push(r.area(f.postalCode));
  else if (f.area) out.push(r.area(f.area));
  if (f.freeOnly) out.push(r.free);
  if (f.language) out.push(r.language(f.language));
  if (f.format) out.push(r.format(f.format));
  return out;
}

// ---------- suggestions ----------

async function didYouMean(db: Db, concepts: Concept[], f: Filters, synonymGroups: string[][]): Promise<string[]> {
  const typed = concepts.filter((c) => c.typo || c.term.length >= 3);
  if (!typed.length) return [];
  const replacements = new Map<string, string>();
  const p = new Params();
  const where = filterSql({ ...f, needCategory: null, age: null, targetGroup: null, postalCode: null, area: null, freeOnly: false, language: null, format: null }, p);
  for (const c of typed.slice(0, 3)) {
    const q = p.add(c.term, 'text');
    const rows = await db.$queryRawUnsafe<{ searchTerms: string; name: string }[]>(
      `SELECT o."searchTerms", o."name" FROM "Offer" o WHERE ${where.join(' AND ')} AND word_similarity(${q}, o."searchTerms") > 0.35
        ORDER BY word_similarity(${q}, o."searchTerms") DESC, o."name" LIMIT 10`,
      ...p.values,
    );
    p.values.pop();
    const candidates = [
      ...rows.flatMap((row) => (row.name.match(/[\p{L}\p{N}]+/gu) ?? []).map((w) => w.toLowerCase())),
      ...synonymGroups.flat().map((t) => t.toLowerCase()),
    ];
    let best = { word: '', score: 0.34 };
    for (const w of candidates) {
      const s = Math.max(similarity(c.term, fold(w)), similarity(c.term, fold(w).slice(0, c.term.length + 1)) * 0.95);
      if (s > best.score && fold(w) !== c.term) best = { word: w, score: s };
    }
    if (best.word) replacements.set(c.typed, best.word);
  }
  if (!replacements.size) return [];
  const suggestion = concepts.map((c) => replacements.get(c.typed) ?? c.display).join(' ');
  const singles = [...replacements.values()];
  return [...new Set([suggestion, ...(concepts.length > 1 ? singles : [])])].slice(0, 5);
}

// ---------- the engine ----------

/**
 * Typo matching (trigram word similarity) is the costly part, so it is a second pass: only a word that
 * found nothing as typed, stemmed, as a word part or by synonym is treated as a possible typo.
 */
async function run(db: Db, concepts: Concept[], f: Filters, limit: number, offset: number) {
  const exact = buildStatement(concepts, f, limit, offset);
  let rows = await db.$queryRawUnsafe<Row[]>(exact.sql, ...exact.params);
  const typos = concepts.map((c, j) => Boolean(c.typo) && (rows.length === 0 || Number(rows[0].matched[j]) === 0));
  if (typos.some(Boolean)) {
    const fuzzy = buildStatement(concepts, f, limit, offset, typos);
    rows = await db.$queryRawUnsafe<Row[]>(fuzzy.sql, ...fuzzy.params);
  }
  const offers = rows.length ? await db.offer.findMany({ where: { id: { in: rows.map((r) => r.id) } } }) : [];
  const byId = new Map(offers.map((o) => [o.id, o]));
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const offer = byId.get(row.id);
    if (!offer) continue; // deleted between the two statements
    const reasons = [...concepts.flatMap((c, j) => conceptReasons(c, row.masks[j] ?? 0, offer)), ...filterReasons(f, offer)];
    hits.push({ offer, score: Math.round(Number(row.score) * 1000) / 1000, reasons: [...new Set(reasons)] });
  }
  return { hits, total: rows.length ? Number(rows[0].total) : 0 };
}

export async function searchOffers(db: Db, input: SearchInput, scope: SearchScope): Promise<SearchResult> {
  const text = typeof input.text === 'string' ? input.text.slice(0, MAX_QUERY_CHARS) : '';
  const filters = readFilters(input, scope);
  const limit = clampInt(input.limit, 1, MAX_LIMIT, 20);
  const offset = clampInt(input.offset, 0, MAX_OFFSET, 0);
  const synonymGroups = words(text).length ? await loadSynonymGroups(db, scope.municipalityId) : [];
  const concepts = planQuery(text, synonymGroups);

  const { hits, total } = await run(db, concepts, filters, limit, offset);
  if (total > 0 || !concepts.length || scope.suggest === false) return { hits, total, suggestions: [], withoutFilters: [] };

  const suggestions = await didYouMean(db, concepts, filters, synonymGroups);
  const withoutFilters = hasUserFilters(filters)
    ? (await run(db, concepts, readFilters({ statuses: filters.statuses, modifiedAfter: filters.modifiedAfter, ownerUnitId: filters.ownerUnitId }, scope), 3, 0)).hits
    : [];
  return { hits, total, suggestions, withoutFilters };
}
