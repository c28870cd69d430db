/**
 * One CSV row of activity (docs/reference/cofinancing.md §6) with its enums as codes: indexes into SECTORS,
 * CONTACT_TYPES, AGE_GROUPS and BASES, or -1 where a payment row leaves them empty. The importer
 * reuses one object per row to keep memory flat; copy it to keep it.
 */
export interface ActivityRow {
  line: number;
  municipalityCode: string;
  year: number;
  month: number;
  sector: number;
  contactType: number;
  ageGroup: number;
  drgGroup: string;
  diagnosisGroup: string;
  activityCount: number;
  /** Tariff per contact in DKK. */
  tariff: number;
  /** The amount of an a-conto or settlement row; NaN when empty. */
  kmfAmount: number;
  basis: number;
}

/** Receives validated rows from the importer. */
export interface ActivitySink {
  add(row: ActivityRow): void;
}
