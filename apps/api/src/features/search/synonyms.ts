// Synonyms are data: groups of words and phrases that mean the same to a citizen, kept per
// municipality in "SearchSynonym" and edited by the staff unit. A municipality that has saved no
// groups yet searches with the starting set the demo seed also writes (prisma/seed/offers.ts; ADR 007).
import type { Db } from '../../db/prisma';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { fold, words } from './fold';
import { searchMessages } from './messages';
import { searchSynonyms } from '../../../../../prisma/seed/offers';

export const defaultSynonymGroups: readonly (readonly string[])[] = searchSynonyms;

export const SYNONYM_LIMITS = { groups: 300, terms: 40, termLength: 60 } as const;

/** The groups a search uses: the municipality's own, else the starting set. */
export async function loadSynonymGroups(db: Db, municipalityId: string | null): Promise<string[][]> {
  const rows = await db.searchSynonym.findMany({
    where: municipalityId ? { municipalityId } : {},
    select: { terms: true },
    orderBy: { id: 'asc' },
  });
  const groups = rows.length ? rows.map((r) => r.terms) : defaultSynonymGroups.map((g) => [...g]);
  return groups.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? '', 'da'));
}

export async function listSynonymGroups(ctx: Context): Promise<string[][]> {
  return loadSynonymGroups(ctx.db, municipalityOf(ctx));
}

/** Trims, lower-cases and de-duplicates; refuses with Danish messages per group and word. */
export function cleanSynonymGroups(input: unknown): string[][] {
  const m = searchMessages.synonyms;
  const groups = Array.isArray(input) ? input : [];
  const issues: { path: string; message: string }[] = [];
  if (groups.length > SYNONYM_LIMITS.groups) issues.push({ path: 'groups', message: m.tooManyGroups(SYNONYM_LIMITS.groups) });
  const cleaned = groups.slice(0, SYNONYM_LIMITS.groups).map((group, g) => {
    const terms: string[] = [];
    const seen = new Set<string>();
    (Array.isArray(group) ? group : []).forEach((raw, t) => {
      const term = String(raw).trim().replace(/\s+/g, ' ').toLowerCase();
      const path = `groups.${g}.${t}`;
      if (!term) return void issues.push({ path, message: m.emptyTerm });
      if (term.length > SYNONYM_LIMITS.termLength) return void issues.push({ path, message: m.longTerm(SYNONYM_LIMITS.termLength) });
      if (!words(term).some((w) => /\p{L}/u.test(w))) return void issues.push({ path, message: m.noLetters });
      if (seen.has(fold(term))) return;
      seen.add(fold(term));
      terms.push(term);
    });
    if (terms.length > SYNONYM_LIMITS.terms) issues.push({ path: `groups.${g}`, message: m.tooManyTerms(SYNONYM_LIMITS.terms) });
    else if (terms.length < 2) issues.push({ path: `groups.${g}`, message: m.tooFewTerms });
    return terms;
  });
  if (issues.length) throw validationError(issues);
  return cleaned;
}

/** Replaces the municipality's groups in one transaction; the next search uses them. */
export async function replaceSynonymGroups(ctx: Context, input: unknown): Promise<string[][]> {
  const municipalityId = municipalityOf(ctx);
  const groups = cleanSynonymGroups(input);
  await ctx.db.$transaction([
    ctx.db.searchSynonym.deleteMany({ where: { municipalityId } }),
    ctx.db.searchSynonym.createMany({ data: groups.map((terms) => ({ municipalityId, terms })) }),
  ]);
  return groups;
}
