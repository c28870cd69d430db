// The staff unit's layer over the national search vocabulary (issue 11, ADR 045): add words to a national
// concept, hide a national word that misleads locally, mark a concept broad (it then only lifts), or add
// a concept of the municipality's own. Each row is versioned (a stale save gets CONFLICT and keeps what
// was typed) and every save is recorded (who, when, what). The search reads the layer with the synonyms.
import { now, vocabularyMessages as m } from '@sundhed/shared';
import { CONCEPTS, ownConceptId, type MunicipalLayerRow } from '@sundhed/vocabulary';
import type { MunicipalConceptInput } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { conflictError } from '../../graphql/versioning';
import { fold, words } from '@sundhed/search';

export const VOCABULARY_LIMITS = { terms: 60, termLength: 60, labelLength: 60 } as const;
/** From this many active offers a concept matching more than a quarter of them is refused unless broad. */
const MIN_OFFERS_FOR_BREADTH = 8;

type Issue = { path: string; message: string };

const national = new Map(CONCEPTS.map((c) => [c.id, c]));

/** The national concepts by label (the staff unit picks one to extend or correct). */
export function listNationalConcepts() {
  return CONCEPTS.map((c) => ({ id: c.id, label: c.label, terms: [...c.terms], broad: c.broad })).sort((a, b) =>
    a.label.localeCompare(b.label, 'da'),
  );
}

/** The municipality's rows with the national concept's terms beside them. */
export async function listMunicipalConcepts(ctx: Context) {
  const rows = await ctx.db.municipalConcept.findMany({
    where: { municipalityId: municipalityOf(ctx) },
    orderBy: [{ label: 'asc' }, { id: 'asc' }],
  });
  return rows.map(withNationalTerms);
}

function withNationalTerms<T extends { nationalId: string | null }>(row: T) {
  return { ...row, nationalTerms: row.nationalId ? [...(national.get(row.nationalId)?.terms ?? [])] : [] };
}

const cleanTerm = (raw: unknown) => (typeof raw === 'string' ? raw : '').trim().replace(/\s+/g, ' ').toLowerCase();

function cleanTerms(list: readonly unknown[], path: string, issues: Issue[]): string[] {
  if (list.length > VOCABULARY_LIMITS.terms) issues.push({ path, message: m.tooManyTerms(VOCABULARY_LIMITS.terms) });
  const seen = new Set<string>();
  const out: string[] = [];
  list.slice(0, VOCABULARY_LIMITS.terms).forEach((raw, i) => {
    const term = cleanTerm(raw);
    const at = `${path}.${i}`;
    if (!term) return void issues.push({ path: at, message: m.termEmpty });
    if (term.length > VOCABULARY_LIMITS.termLength)
      return void issues.push({ path: at, message: m.termTooLong(VOCABULARY_LIMITS.termLength) });
    if (!words(term).some((w) => /\p{L}/u.test(w))) return void issues.push({ path: at, message: m.termNoLetters });
    if (seen.has(fold(term))) return;
    seen.add(fold(term));
    out.push(term);
  });
  return out;
}

/** A row as saved: mutable lists (Prisma's types). */
type CleanRow = Omit<MunicipalLayerRow, 'id' | 'addedTerms' | 'hiddenTerms'> & {
  addedTerms: string[];
  hiddenTerms: string[];
};

/** Checks and cleans an input; throws VALIDATION naming the fields in Danish. */
function cleanInput(input: MunicipalConceptInput): CleanRow {
  const issues: Issue[] = [];
  const nationalId = input.nationalId?.trim() || null;
  const concept = nationalId ? national.get(nationalId) : undefined;
  if (nationalId && !concept) issues.push({ path: 'nationalId', message: m.unknownConcept });
  let label = cleanTerm(input.label);
  if (concept) label = concept.label;
  else if (!nationalId) {
    if (!label) issues.push({ path: 'label', message: m.labelMissing });
    else if (label.length > VOCABULARY_LIMITS.labelLength)
      issues.push({ path: 'label', message: m.labelTooLong(VOCABULARY_LIMITS.labelLength) });
  }
  const addedTerms = cleanTerms(input.addedTerms, 'addedTerms', issues);
  const hiddenTerms = cleanTerms(input.hiddenTerms, 'hiddenTerms', issues);
  if (!nationalId) {
    if (hiddenTerms.length) issues.push({ path: 'hiddenTerms', message: m.hiddenOnOwn });
    if (label && !addedTerms.some((t) => fold(t) !== fold(label)))
      issues.push({ path: 'addedTerms', message: m.ownNeedsTerm });
  } else if (concept) {
    const known = new Set(concept.terms.map(fold));
    hiddenTerms.forEach((t, i) => {
      if (!known.has(fold(t))) issues.push({ path: `hiddenTerms.${i}`, message: m.hiddenNotNational(t) });
    });
  }
  if (issues.length) throw validationError(issues);
  return { nationalId, label, addedTerms, hiddenTerms, broad: input.broad === true };
}

/**
 * Issue 11: a concept whose terms find more than a quarter of the municipality's active offers is refused
 * unless it is marked broad. Counted on the terms the concept will have, as words of the offers' full text
 * (Danish stems) or parts of their short fields, the way the search reaches offers by a concept's terms.
 */
const BREADTH_SQL = `
  SELECT count(*) FILTER (WHERE EXISTS (
           SELECT 1 FROM unnest($2::text[]) AS t(term)
            WHERE o."searchVector" @@ plainto_tsquery('danish', "search_fold"(t.term))
               OR o."searchText" LIKE '%' || "search_fold"(t.term) || '%'))::int AS found,
         count(*)::int AS active
    FROM "Offer" o WHERE o."municipalityId" = $1 AND o."status" = 'ACTIVE'`;

async function checkBreadth(ctx: Context, municipalityId: string, row: CleanRow) {
  if (row.broad) return;
  const base = row.nationalId ? national.get(row.nationalId) : undefined;
  if (base?.broad) return;
  const hidden = new Set(row.hiddenTerms.map(fold));
  const terms = [...(base?.terms ?? [row.label]).filter((t) => !hidden.has(fold(t))), ...row.addedTerms];
  const [counts] = await ctx.db.$queryRawUnsafe<{ found: number; active: number }[]>(
    BREADTH_SQL,
    municipalityId,
    terms,
  );
  if (!counts || counts.active < MIN_OFFERS_FOR_BREADTH) return;
  if (counts.found * 4 > counts.active)
    throw validationError([{ path: 'broad', message: m.tooBroad(row.label, counts.found, counts.active) }]);
}

const describe = (row: CleanRow) =>
  JSON.stringify({
    nationalId: row.nationalId,
    label: row.label,
    addedTerms: row.addedTerms,
    hiddenTerms: row.hiddenTerms,
    broad: row.broad,
  }).slice(0, 2000);

/**
 * Creates (id null) or updates (id and the version last read) one row of the layer, and records the save.
 * A stale version gets CONFLICT with the stored row.
 */
export async function saveMunicipalConcept(
  ctx: Context,
  id: string | null | undefined,
  version: number | null | undefined,
  input: MunicipalConceptInput,
) {
  const municipalityId = municipalityOf(ctx);
  const row = cleanInput(input);
  await checkBreadth(ctx, municipalityId, row);
  const saved = await ctx.db.$transaction(async (tx) => {
    let result;
    if (!id) {
      if (row.nationalId) {
        const existing = await tx.municipalConcept.findFirst({ where: { municipalityId, nationalId: row.nationalId } });
        if (existing) throw validationError([{ path: 'nationalId', message: m.alreadyLayered }]);
      }
      result = await tx.municipalConcept.create({ data: { municipalityId, ...row } });
    } else {
      const current = await tx.municipalConcept.findFirst({ where: { id, municipalityId } });
      if (!current) throw notFound();
      if (current.nationalId !== row.nationalId)
        throw validationError([{ path: 'nationalId', message: m.unknownConcept }]);
      const { count } = await tx.municipalConcept.updateMany({
        where: { id, municipalityId, version: version ?? -1 },
        data: { ...row, version: { increment: 1 } },
      });
      if (!count) throw conflictError('vocabulary', current.version, withNationalTerms(current));
      result = await tx.municipalConcept.findUniqueOrThrow({ where: { id } });
    }
    await tx.municipalConceptChange.create({
      data: {
        municipalityId,
        conceptId: result.id,
        version: result.version,
        changedById: ctx.user?.id ?? null,
        changedAt: now(),
        detail: describe(row),
      },
    });
    return result;
  });
  return withNationalTerms(saved);
}

/** The id the search gives a row's concept (reasons, tests). */
export const searchConceptId = (row: { id: string; nationalId: string | null }) =>
  row.nationalId ?? ownConceptId(row.id);

/**
 * "Søgninger uden resultat" (ADR 041/045): adds one word to a national concept of the municipality's
 * layer in one step, creating the row or saving it against the version just read.
 */
export async function addConceptTerm(ctx: Context, nationalId: string, term: string) {
  const municipalityId = municipalityOf(ctx);
  const row = await ctx.db.municipalConcept.findFirst({ where: { municipalityId, nationalId } });
  const input = {
    nationalId,
    addedTerms: [...(row?.addedTerms ?? []), term],
    hiddenTerms: row?.hiddenTerms ?? [],
    broad: row?.broad ?? false,
  };
  return saveMunicipalConcept(ctx, row?.id, row?.version, input);
}
