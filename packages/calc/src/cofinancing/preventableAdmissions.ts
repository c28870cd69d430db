import { MissingParameterError } from '../errors/MissingParameterError';

/** The nine diagnosis groups of eSundhed's indicator (docs/reference/cofinancing.md §5, ✅). */
export const PREVENTABLE_GROUPS = [
  'dehydrering',
  'forstoppelse',
  'nedre_luftvejssygdomme',
  'blaerebetaendelse',
  'gastroenteritis',
  'brud',
  'ernaeringsbetinget_anaemi',
  'sociale_og_plejemaessige_forhold',
  'tryksaar',
] as const;
export type PreventableGroup = (typeof PREVENTABLE_GROUPS)[number];

/**
 * ICD-10 code lists per group. The lists were not retrievable (docs/reference/cofinancing.md §5, ❌), so the
 * shipped lists are empty; the staff unit fills them from eSundhed's "Indhold og afgrænsning".
 */
export type PreventableCodeLists = Record<PreventableGroup, readonly string[]>;

export const EMPTY_PREVENTABLE_CODE_LISTS: PreventableCodeLists = Object.fromEntries(
  PREVENTABLE_GROUPS.map((g) => [g, []]),
) as unknown as PreventableCodeLists;

export interface Admission {
  age: number;
  /** Action diagnosis, e.g. "DE86"; matched by prefix against the code lists. */
  actionDiagnosis: string;
}

export interface PreventableAdmissionsResult {
  total: number;
  ratePer1000: number;
  byGroup: Record<PreventableGroup, { count: number; ratePer1000: number }>;
}

/**
 * Preventable admissions per 1,000 citizens aged 65+ (docs/reference/cofinancing.md §5):
 * 1000 × count(admissions, age ≥ 65, action diagnosis in a group) / population aged 65+.
 * An admission counts once, in the first group whose code list matches it.
 */
export function preventableAdmissions(
  admissions: Iterable<Admission>,
  population65Plus: number,
  codeLists: PreventableCodeLists,
): PreventableAdmissionsResult {
  for (const group of PREVENTABLE_GROUPS) {
    if (!codeLists[group] || codeLists[group].length === 0) {
      throw new MissingParameterError(
        `icd10Codes[${group}]`,
        'kodelisten for gruppen er tom; indlæs koderne fra eSundheds "Indhold og afgrænsning".',
      );
    }
  }
  if (!(population65Plus > 0))
    throw new MissingParameterError('population65Plus', 'befolkningen på 65 år og derover skal være et positivt tal.');
  const counts = Object.fromEntries(PREVENTABLE_GROUPS.map((g) => [g, 0])) as Record<PreventableGroup, number>;
  let total = 0;
  for (const admission of admissions) {
    if (admission.age < 65) continue;
    const code = admission.actionDiagnosis.toUpperCase();
    const group = PREVENTABLE_GROUPS.find((g) => codeLists[g].some((prefix) => code.startsWith(prefix.toUpperCase())));
    if (group === undefined) continue;
    counts[group]++;
    total++;
  }
  const rate = (n: number): number => (1000 * n) / population65Plus;
  const byGroup = Object.fromEntries(
    PREVENTABLE_GROUPS.map((g) => [g, { count: counts[g], ratePer1000: rate(counts[g]) }]),
  ) as PreventableAdmissionsResult['byGroup'];
  return { total, ratePer1000: rate(total), byGroup };
}
