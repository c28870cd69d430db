/**
 * Types of municipal co-financing (kommunal medfinansiering, KMF). Values of `Sector`,
 * `ContactType` and `AgeGroup` are those of the activity CSV (docs/reference/cofinancing.md §6).
 */
export const SECTORS = ['somatik', 'psykiatri', 'praksis'] as const;
export type Sector = (typeof SECTORS)[number];

/**
 * The contact types of docs/reference/cofinancing.md §6, plus the items the library must keep out of KMF
 * (docs/reference/cofinancing.md §2.1): psychiatric "særlige pladser" (excluded, paid by a separate daily rate) and
 * the 100 % municipal items (færdigbehandlede patienter, ambulant and specialised rehabilitation,
 * hospice), which go to a separate ledger.
 */
export const CONTACT_TYPES = [
  'stationaer',
  'ambulant',
  'genoptraening_indl',
  'almen_laege',
  'speciallaege',
  'fysioterapi',
  'kiropraktor',
  'psykolog',
  'tandlaege',
  'fodterapi',
  'saerlige_pladser',
  'faerdigbehandlet',
  'ambulant_genoptraening',
  'specialiseret_genoptraening',
  'hospice',
] as const;
export type ContactType = (typeof CONTACT_TYPES)[number];

/** The 2018 age bands: 3–64 lowest, 0–2 and 65–79 middle, 80+ highest (docs/reference/cofinancing.md §3.2). */
export const AGE_GROUPS = ['0-2', '3-64', '65-79', '80+'] as const;
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type RuleAgeGroup = AgeGroup | 'all';
export const RULE_AGE_GROUPS: readonly RuleAgeGroup[] = [...AGE_GROUPS, 'all'];

/** Cap units of docs/reference/cofinancing.md §8; `none` means the rule has no cap (e.g. general practice). */
export const CAP_UNITS = ['perAdmission', 'perRegionalCourse', 'perVisit', 'none'] as const;
export type CapUnit = (typeof CAP_UNITS)[number];

/** Legend of docs/reference/cofinancing.md: ✅ confirmed, ≈ approximate, ❌ missing. */
export const PROVENANCES = ['confirmed', 'approximate', 'missing'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Regimes of docs/reference/cofinancing.md §1 and §8. */
export const REGIMES = ['basic2007', 'flat2012', 'age2018', 'aconto2019', 'transition2027', 'abolished'] as const;
export type Regime = (typeof REGIMES)[number];

/** Whether a CSV row is activity or a payment (a-conto or settlement), docs/reference/cofinancing.md §4 and §6. */
export const BASES = ['activity', 'aconto', 'efterregulering'] as const;
export type Basis = (typeof BASES)[number];

export interface RateRule {
  sector: Sector;
  contactType: ContactType;
  ageGroup: RuleAgeGroup;
  /** Share of the tariff; null when the figure is missing. */
  share: number | null;
  /** Cap per `capUnit`; null with `capUnit: 'none'` means no cap, otherwise the cap is missing. */
  cap: number | null;
  capUnit: CapUnit;
  shareStatus: Provenance;
  capStatus: Provenance;
  source: string;
  note?: string;
}

export interface RateSet {
  id: string;
  regime: Regime;
  /** Settlement year, or null where the source does not date its figures. */
  year: number | null;
  source: string;
  note?: string;
  rules: RateRule[];
}
