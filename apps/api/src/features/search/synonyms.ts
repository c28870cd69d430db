// Synonyms are data: groups of words and phrases that mean the same to a citizen, kept per
// municipality in "SearchSynonym" and edited by the staff unit. A municipality that has saved no
// groups yet searches with the starting set in defaultSynonyms.ts, which the demo seed also writes (ADR 007).
import type { Db } from '../../db/prisma';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { conflictError } from '../../graphql/versioning';
import { municipalityOf } from '../../graphql/scope';
import { fold, searchIndex, searchMessages, words } from '@sundhed/search';
import { defaultSynonymGroups } from './defaultSynonyms';
import { scopeIndex } from './scopeIndexCache';

export const SYNONYM_LIMITS = { groups: 300, terms: 40, termLength: 60 } as const;

/** A synonym group; a broad one (such as "motion") only lifts offers and never filters (issue 11). */
export interface SynonymGroup {
  terms: string[];
  broad: boolean;
}

/** Every group of the municipality, broad ones included: its own, else the starting set (none broad). */
export async function loadSynonymSet(
  db: Pick<Db, 'searchSynonym'>,
  municipalityId: string | null,
): Promise<SynonymGroup[]> {
  const rows = await db.searchSynonym.findMany({
    where: municipalityId ? { municipalityId } : {},
    select: { terms: true, broad: true },
    orderBy: { id: 'asc' },
  });
  const groups = rows.length ? rows : defaultSynonymGroups.map((g) => ({ terms: [...g], broad: false }));
  return groups.sort((a, b) => (a.terms[0] ?? '').localeCompare(b.terms[0] ?? '', 'da'));
}

/** The groups the search expands a word with: the municipality's groups that are not broad. */
export async function loadSynonymGroups(
  db: Pick<Db, 'searchSynonym'>,
  municipalityId: string | null,
): Promise<string[][]> {
  return (await loadSynonymSet(db, municipalityId)).filter((g) => !g.broad).map((g) => g.terms);
}

export async function listSynonymGroups(ctx: Context): Promise<string[][]> {
  return loadSynonymGroups(ctx.db, municipalityOf(ctx));
}

export async function listSynonymSet(ctx: Context): Promise<SynonymGroup[]> {
  return loadSynonymSet(ctx.db, municipalityOf(ctx));
}

/** The broad flags given with a save: one per group, or none (then no group is broad). */
function cleanBroadFlags(input: unknown, groups: number): boolean[] {
  if (input == null) return new Array<boolean>(groups).fill(false);
  if (!Array.isArray(input) || input.length !== groups)
    throw validationError([{ path: 'broad', message: searchMessages.synonyms.broadFlags }]);
  return input.map((b) => b === true);
}

/**
 * The quarter rule (issue 11): a group that is not broad, and is new or changed against the saved ones,
 * is refused when one of its words alone finds more than a quarter of the municipality's active offers
 * (from 8 offers up, as the one-click synonym): such a group would flood every search for its words.
 */
async function refuseBroadGroups(ctx: Context, municipalityId: string, groups: SynonymGroup[]): Promise<void> {
  const m = searchMessages.synonyms;
  const key = (g: SynonymGroup) => g.terms.map(fold).sort().join('|');
  const saved = new Set((await loadSynonymSet(ctx.db, municipalityId)).filter((g) => !g.broad).map(key));
  const checked = groups.map((g, i) => ({ g, i })).filter(({ g }) => !g.broad && !saved.has(key(g)));
  if (!checked.length) return;
  const index = await scopeIndex(ctx.db, municipalityId);
  const active = index.offers.filter((o) => o.offer.status === 'ACTIVE').length;
  if (active < 8) return;
  const issues: { path: string; message: string }[] = [];
  for (const { g, i } of checked) {
    let widest = { word: '', found: 0 };
    for (const word of g.terms) {
      const opts = { municipalityId, suggest: false, understand: false };
      const found = searchIndex(index, { text: word, limit: 1 }, opts).total;
      if (found > widest.found) widest = { word, found };
    }
    if (widest.found * 4 > active)
      issues.push({
        path: `groups.${i}`,
        message: m.groupTooBroad(g.terms.join(', '), widest.word, widest.found, active),
      });
  }
  if (issues.length) throw validationError(issues);
}

/** Trims, lower-cases and de-duplicates; refuses with Danish messages per group and word. */
export function cleanSynonymGroups(input: unknown): string[][] {
  const m = searchMessages.synonyms;
  const groups = Array.isArray(input) ? input : [];
  const issues: { path: string; message: string }[] = [];
  if (groups.length > SYNONYM_LIMITS.groups)
    issues.push({ path: 'groups', message: m.tooManyGroups(SYNONYM_LIMITS.groups) });
  const cleaned = groups.slice(0, SYNONYM_LIMITS.groups).map((group, g) => {
    const terms: string[] = [];
    const seen = new Set<string>();
    (Array.isArray(group) ? group : []).forEach((raw, t) => {
      const term = String(raw).trim().replace(/\s+/g, ' ').toLowerCase();
      const path = `groups.${g}.${t}`;
      if (!term) return void issues.push({ path, message: m.emptyTerm });
      if (term.length > SYNONYM_LIMITS.termLength)
        return void issues.push({ path, message: m.longTerm(SYNONYM_LIMITS.termLength) });
      if (!words(term).some((w) => /\p{L}/u.test(w))) return void issues.push({ path, message: m.noLetters });
      if (seen.has(fold(term))) return;
      seen.add(fold(term));
      terms.push(term);
    });
    if (terms.length > SYNONYM_LIMITS.terms)
      issues.push({ path: `groups.${g}`, message: m.tooManyTerms(SYNONYM_LIMITS.terms) });
    else if (terms.length < 2) issues.push({ path: `groups.${g}`, message: m.tooFewTerms });
    return terms;
  });
  if (issues.length) throw validationError(issues);
  return cleaned;
}

/** The version of the municipality's synonym set (Municipality.synonymsVersion, ADR 016). */
export async function synonymsVersion(ctx: Context): Promise<number> {
  const row = await ctx.db.municipality.findUnique({
    where: { id: municipalityOf(ctx) },
    select: { synonymsVersion: true },
  });
  if (!row) throw notFound();
  return row.synonymsVersion;
}

/**
 * Replaces the municipality's groups in one transaction; the next search uses them. The set is one
 * record: the compare-and-set on its version comes first and holds the municipality's row lock until
 * the rows are replaced, so two saves from the same version cannot both land.
 */
export async function replaceSynonymGroups(
  ctx: Context,
  version: number,
  input: unknown,
  broadInput?: unknown,
): Promise<string[][]> {
  const municipalityId = municipalityOf(ctx);
  const cleaned = cleanSynonymGroups(input);
  const broad = cleanBroadFlags(broadInput, cleaned.length);
  const groups = cleaned.map((terms, i) => ({ terms, broad: broad[i] === true }));
  await refuseBroadGroups(ctx, municipalityId, groups);
  await ctx.db.$transaction(async (tx) => {
    const { count } = await tx.municipality.updateMany({
      where: { id: municipalityId, synonymsVersion: version },
      data: { synonymsVersion: { increment: 1 } },
    });
    if (!count) {
      const current = await tx.municipality.findUnique({
        where: { id: municipalityId },
        select: { synonymsVersion: true },
      });
      if (!current) throw notFound();
      throw conflictError('synonyms', current.synonymsVersion, { groups: await loadSynonymGroups(tx, municipalityId) });
    }
    await tx.searchSynonym.deleteMany({ where: { municipalityId } });
    await tx.searchSynonym.createMany({
      data: groups.map((g) => ({ municipalityId, terms: g.terms, broad: g.broad })),
    });
  });
  return cleaned;
}

/**
 * Adds one word to the municipality's synonyms (the "Søgninger uden resultat" screen, ADR 041): into the
 * group that already holds `meaning`, else as a new group of the two; saved as replaceSynonymGroups saves.
 */
export async function addSynonym(ctx: Context, version: number, term: unknown, meaning: unknown): Promise<string[][]> {
  const m = searchMessages.synonyms;
  const clean = (v: unknown) => (typeof v === 'string' ? v.trim().replace(/\s+/g, ' ').toLowerCase() : '');
  const t = clean(term);
  const mean = clean(meaning);
  const issues: { path: string; message: string }[] = [];
  if (!t) issues.push({ path: 'term', message: m.emptyTerm });
  if (!mean) issues.push({ path: 'meaning', message: m.emptyMeaning });
  else if (t && fold(t) === fold(mean)) issues.push({ path: 'meaning', message: m.sameMeaning });
  if (issues.length) throw validationError(issues);
  const municipalityId = municipalityOf(ctx);
  const groups = await loadSynonymSet(ctx.db, municipalityId);
  const target = groups.find((g) => g.terms.some((x) => fold(x) === fold(mean)));
  // A synonym of a word that alone finds over a quarter of the catalogue would flood every search for
  // it (issue 11): refused with the figures, unless its group is marked broad (it then only lifts).
  const index = await scopeIndex(ctx.db, municipalityId);
  const active = index.offers.filter((o) => o.offer.status === 'ACTIVE').length;
  for (const word of target?.broad ? [] : (target?.terms ?? [mean])) {
    const found = searchIndex(
      index,
      { text: word, limit: 1 },
      { municipalityId, suggest: false, understand: false },
    ).total;
    if (active >= 8 && found * 4 > active)
      throw validationError([{ path: 'meaning', message: m.tooBroad(word, found, active) }]);
  }
  if (target) {
    if (!target.terms.some((x) => fold(x) === fold(t))) target.terms.push(t);
  } else groups.push({ terms: [mean, t], broad: false });
  return replaceSynonymGroups(
    ctx,
    version,
    groups.map((g) => g.terms),
    groups.map((g) => g.broad),
  );
}
