// The search's filters: read from the input (readFilters), the per-document columns that the filters and
// the tie order read (docColumns, ADR 071), the filters as one predicate, and offers for relatives.
import { endedBy, needFilterCodes, today } from '@sundhed/shared';
import type { OfferStatus } from './offer';
import { words } from './fold';
import type { Concept } from './queryPlan';
import { offerAt, type IndexedOffer, type ScopeIndex } from './searchIndex';
import { foldWord } from './reasons';
import type { Filters, IndexChange, SearchInput, SearchScope } from './searchTypes';
import { tableUint8 } from './tableMemory';

const MAX_FILTER_CHARS = 100;

export function clampInt(value: number | null | undefined, min: number, max: number, fallback: number): number {
  if (value == null || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

function cleanFilter(value: string | null | undefined): string | null {
  const v = value?.trim().slice(0, MAX_FILTER_CHARS);
  return v ? v : null;
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
    areaDisplay: areaWords ? cleanFilter(input.area) : null,
    freeOnly: input.freeOnly === true,
    ageHint: null,
    ageGroup: null,
    relativeNamed: false,
    language: cleanFilter(input.language)?.toLowerCase() ?? null,
    format: cleanFilter(input.format)?.toLowerCase() ?? null,
    modifiedAfter: input.modifiedAfter ?? null,
    ownerUnitId: cleanFilter(input.ownerUnitId),
    today: scope.today ?? today(),
  };
}

export function hasUserFilters(f: Filters): boolean {
  return Boolean(
    f.needCategory || f.age != null || f.targetGroup || f.postalCode || f.area || f.freeOnly || f.language || f.format,
  );
}

/**
 * Per index, what every search reads of each document, as columns (ADR 071): its status, municipality,
 * age range, whether it is free and whether its courses have all ended by a day. Reading an offer's object for the status
 * filter or the tie order cost a cache miss per hit at 100,000 offers; the columns are a few bytes per
 * document side by side. The incremental update writes the changed documents' values (followUpdate).
 */
interface DocColumns {
  /** Per document, its status's place in STATUSES (UNKNOWN_STATUS for any other value). */
  status: Uint8Array;
  /** Per document, its municipality's number in `municipalities` (-1: none). */
  municipality: Int32Array;
  municipalities: Map<string, number>;
  /** Per document, its minimum and maximum age (NaN: none). */
  minAge: Float64Array;
  maxAge: Float64Array;
  /** Per document, 1 when it costs nothing. */
  free: Uint8Array;
  /** Per document, 1 when it is an offer for relatives (forRelatives), read for every hit (ADR 074). */
  relatives: Uint8Array;
  /**
   * Per document, its languages and its formats (lower case) as bits of `languageBits` and `formatBits`
   * (ADR 083): the language and format filters read a number, not the offer's lists scattered over the heap.
   */
  languages: Int32Array;
  languageBits: Map<string, number>;
  formats: Int32Array;
  formatBits: Map<string, number>;
  /** Per document, 1 when its scheduled courses have all ended by `day` ("Næste hold ikke fastlagt"), for one day at a time. */
  ended: { day: string; flags: Uint8Array } | null;
}
const STATUSES: readonly string[] = ['ACTIVE', 'TEMPORARILY_CLOSED', 'INACTIVE', 'ENDED'] satisfies OfferStatus[];
const UNKNOWN_STATUS = 255;
export const ACTIVE = STATUSES.indexOf('ACTIVE');

const columnsCache = new WeakMap<ScopeIndex, DocColumns>();
export function docColumns(index: ScopeIndex): DocColumns {
  let c = columnsCache.get(index);
  if (!c) {
    const n = index.offers.length;
    c = {
      status: new Uint8Array(n),
      municipality: new Int32Array(n),
      municipalities: new Map(),
      minAge: new Float64Array(n),
      maxAge: new Float64Array(n),
      free: new Uint8Array(n),
      relatives: new Uint8Array(n),
      languages: new Int32Array(n),
      languageBits: new Map(),
      formats: new Int32Array(n),
      formatBits: new Map(),
      ended: null,
    };
    for (let doc = 0; doc < n; doc++) writeColumns(c, doc, offerAt(index, doc));
    columnsCache.set(index, c);
  }
  return c;
}

function writeColumns(c: DocColumns, doc: number, o: IndexedOffer): void {
  const status = STATUSES.indexOf(o.offer.status);
  c.status[doc] = status < 0 ? UNKNOWN_STATUS : status;
  const id = o.offer.municipalityId;
  let m = -1;
  if (typeof id === 'string') {
    m = c.municipalities.get(id) ?? c.municipalities.size;
    c.municipalities.set(id, m);
  }
  c.municipality[doc] = m;
  c.minAge[doc] = o.offer.minAge ?? Number.NaN;
  c.maxAge[doc] = o.offer.maxAge ?? Number.NaN;
  c.free[doc] = o.offer.costKr === 0 ? 1 : 0;
  c.relatives[doc] = forRelatives(o) ? 1 : 0;
  c.languages[doc] = valueBits(c.languageBits, o.offer.languages);
  c.formats[doc] = valueBits(c.formatBits, o.offer.formats, true);
  if (c.ended) c.ended.flags[doc] = endedBy(o.coursesEndDay, c.ended.day) ? 1 : 0;
}

/**
 * A document's values as bits: each distinct value gets the next of 31 bits when first seen; a value seen
 * after they are all given sets OTHER_VALUES, and the filter then reads the offer's list itself. A value's
 * bit never changes, so every document holding a value with a bit has that bit.
 */
function valueBits(bits: Map<string, number>, values: readonly string[], lower = false): number {
  let out = 0;
  for (const raw of values) {
    const value = lower ? raw.toLowerCase() : raw;
    let bit = bits.get(value);
    if (bit === undefined && bits.size < VALUE_BITS) bits.set(value, (bit = bits.size));
    out |= bit === undefined ? OTHER_VALUES : 1 << bit;
  }
  return out;
}
const VALUE_BITS = 31;
const OTHER_VALUES = 1 << 31;

/**
 * A value's bit (0 for a value without one): a document holding the value has the bit, or else OTHER_VALUES and
 * the value in its list.
 */
function valueBit(bits: Map<string, number>, value: string): number {
  const bit = bits.get(value);
  return bit === undefined ? 0 : 1 << bit;
}

/** Per document of the index, 1 when its courses have all ended by `day`. */
export function endedFlags(index: ScopeIndex, day: string): Uint8Array {
  const c = docColumns(index);
  if (c.ended?.day !== day) {
    const flags = new Uint8Array(index.offers.length);
    for (let doc = 0; doc < flags.length; doc++) flags[doc] = endedBy(offerAt(index, doc).coursesEndDay, day) ? 1 : 0;
    c.ended = { day, flags };
  }
  return c.ended.flags;
}

/** A column's value as the offer holds it: NaN for none. */
export const ageOf = (value: number): number | null => (value === value ? value : null);

/** The filters as one predicate, with only the checks the search asked for. */
export function filterPredicate(f: Filters, index: ScopeIndex): (o: IndexedOffer, doc: number) => boolean {
  const checks: ((o: IndexedOffer, doc: number) => boolean)[] = [];
  const statuses = new Set<string>(f.statuses);
  const columns = docColumns(index);
  // The status and the municipality are read from the columns: the offer is only read for other filters.
  const allowed = STATUSES.map((s) => statuses.has(s));
  const municipality = f.municipalityId ? (columns.municipalities.get(f.municipalityId) ?? -2) : null;
  if (f.needCategory) {
    // A "Behov" value stands for its need's KRAMS and FSIII codes (needFilters.ts, issue 12).
    const codes = needFilterCodes(f.needCategory);
    checks.push((o) => codes.some((code) => o.offer.needCategories.includes(code)));
  }
  if (f.age != null) {
    const age = f.age;
    const { minAge, maxAge } = columns;
    checks.push((_, doc) => {
      const min = minAge[doc] as number;
      const max = maxAge[doc] as number;
      return (min !== min || min <= age) && (max !== max || max >= age);
    });
  }
  if (f.targetGroup) {
    const tg = f.targetGroup.toLowerCase();
    checks.push((o) => o.offer.targetGroups.some((g) => g.toLowerCase() === tg));
  }
  if (f.postalCode) checks.push((o) => o.locations.some((l) => l.postalCode === f.postalCode));
  if (f.area) checks.push((o) => o.locations.some((l) => l.postalCode === f.area || l.text.includes(f.area!)));
  if (f.freeOnly) checks.push((_, doc) => columns.free[doc] === 1);
  if (f.language) {
    const language = f.language;
    const bit = valueBit(columns.languageBits, language);
    checks.push((o, doc) => {
      const held = columns.languages[doc] as number;
      return (held & bit) !== 0 || ((held & OTHER_VALUES) !== 0 && o.offer.languages.includes(language));
    });
  }
  if (f.format) {
    const format = f.format;
    const bit = valueBit(columns.formatBits, format);
    checks.push((o, doc) => {
      const held = columns.formats[doc] as number;
      return (
        (held & bit) !== 0 || ((held & OTHER_VALUES) !== 0 && o.offer.formats.some((x) => x.toLowerCase() === format))
      );
    });
  }
  if (f.modifiedAfter) {
    const after = f.modifiedAfter.getTime();
    checks.push((o) => (o.offer.updatedAt?.getTime() ?? 0) >= after);
  }
  if (f.ownerUnitId) checks.push((o) => o.offer.ownerUnitId === f.ownerUnitId);
  return (o, doc) => {
    const status = columns.status[doc] as number;
    if (status === UNKNOWN_STATUS ? !statuses.has(o.offer.status) : !allowed[status]) return false;
    if (municipality !== null && columns.municipality[doc] !== municipality) return false;
    for (const check of checks) if (!check(o, doc)) return false;
    return true;
  };
}

/**
 * Per index, what the filters said of each document asked, one byte per document (0: not asked yet, 1: let
 * through, 2: held back), for the last sets of filters used (ADR 080, 081): a broad word's tens of thousands
 * of candidates are then each checked by one read, not by the offer's fields (a language, a format)
 * scattered over the heap. The table is filled as searches ask (filterAllows), so a set of filters asked
 * once costs no pass over the whole index; it was built whole on the second ask before (ADR 081), which
 * made a query's second search its slowest. An update in place forgets them (followColumns); a rebuilt
 * index starts with none.
 */
const filterTables = new WeakMap<ScopeIndex, Map<string, Uint8Array>>();
const MAX_FILTER_TABLES = 64;

/** The key of the filters filterPredicate reads (not the ranking's hints or the day). */
function filterKey(f: Filters): string {
  return JSON.stringify([
    f.municipalityId,
    f.statuses,
    f.needCategory,
    f.age,
    f.targetGroup,
    f.postalCode,
    f.area,
    f.freeOnly,
    f.language,
    f.format,
    f.modifiedAfter,
    f.ownerUnitId,
  ]);
}

/**
 * The filters' table of what they said per document (filterAllows), remembered per index (least recently
 * used forgotten first), or null where the search has few candidates (`many` false) and none is remembered.
 */
export function filterTable(f: Filters, index: ScopeIndex, many: boolean): Uint8Array | null {
  let tables = filterTables.get(index);
  if (!tables) filterTables.set(index, (tables = new Map<string, Uint8Array>()));
  const key = filterKey(f);
  const known = tables.get(key);
  if (known && known.length === index.offers.length) {
    tables.delete(key);
    tables.set(key, known);
    return known;
  }
  if (!many) return null;
  const table = tableUint8(index.offers.length);
  if (tables.size >= MAX_FILTER_TABLES) tables.delete(tables.keys().next().value as string);
  tables.set(key, table);
  return table;
}

/** Whether the filters let the document through, read from their table or worked out once and written there. */
export function filterAllows(
  table: Uint8Array,
  matches: (o: IndexedOffer, doc: number) => boolean,
  o: IndexedOffer,
  doc: number,
): boolean {
  let said = table[doc] as number;
  if (said === 0) table[doc] = said = matches(o, doc) ? ALLOWED : HELD_BACK;
  return said === ALLOWED;
}
const ALLOWED = 1;
const HELD_BACK = 2;

/** The folded word part that says an offer or a query is about a relative ("pårørende", "pårørendegruppe"). */
const RELATIVE = 'paaroerende';
/**
 * An offer for the relatives rather than the person ("Demenscafé for pårørende") ranks below the person's
 * own offer when the query does not name a relative: it answers someone else, so it loses the lift of one
 * match (matchScore's 5). It was 3, a close tie's, while only "pårørende" named a relative (ADR 075).
 */
export const RELATIVES_OFFER_PENALTY = 5;

/** Whether a concept of the query names a relative: its typed words, or the concept it was read as. */
export function namesRelative(c: Concept): boolean {
  return c.typed.includes(RELATIVE) || Boolean(c.vocabulary?.ids.some((id) => id.includes(RELATIVE)));
}

/** An offer for relatives: its name says so, or every one of its target groups does. */
function forRelatives(o: IndexedOffer): boolean {
  if (o.searchName.includes(RELATIVE)) return true;
  const groups = o.offer.targetGroups;
  return groups.length > 0 && groups.every((g) => foldWord(g).includes(RELATIVE));
}

/**
 * After an update in place (followUpdate): the columns grow to hold new documents, and the changed ones are
 * written again.
 */
export function followColumns(index: ScopeIndex, changes: readonly IndexChange[]): void {
  filterTables.delete(index);
  const columns = columnsCache.get(index);
  if (columns) {
    const n = index.offers.length;
    if (columns.status.length < n) {
      // New documents are appended (updateIndex.ts): the columns grow to hold them.
      const grow = <T extends Uint8Array | Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const out = make(n);
        out.set(a);
        return out;
      };
      columns.status = grow(columns.status, (k) => new Uint8Array(k));
      columns.municipality = grow(columns.municipality, (k) => new Int32Array(k));
      columns.minAge = grow(columns.minAge, (k) => new Float64Array(k));
      columns.maxAge = grow(columns.maxAge, (k) => new Float64Array(k));
      columns.free = grow(columns.free, (k) => new Uint8Array(k));
      columns.relatives = grow(columns.relatives, (k) => new Uint8Array(k));
      columns.languages = grow(columns.languages, (k) => new Int32Array(k));
      columns.formats = grow(columns.formats, (k) => new Int32Array(k));
      if (columns.ended) columns.ended.flags = grow(columns.ended.flags, (k) => new Uint8Array(k));
    }
    for (const { doc, after } of changes) writeColumns(columns, doc, after);
  }
}
