import { CONTACT_TYPES_BY_SECTOR } from './contactLedger';
import { BASES, CONTACT_TYPES, SECTORS } from './types';

/** Columns of docs/reference/cofinancing.md §6; the last three may be left out of the header. */
export const REQUIRED = [
  'municipality_code',
  'year',
  'month',
  'sector',
  'contact_type',
  'age_group',
  'activity_count',
  'tariff_value_dkk',
  'basis',
] as const;
export const OPTIONAL = ['drg_group', 'diagnosis_chapter', 'kmf_amount_dkk'] as const;
export type Column = (typeof REQUIRED)[number] | (typeof OPTIONAL)[number];

export const BASIS_CODE = new Map<string, number>(BASES.map((b, i) => [b, i]));
export const ACTIVITY = BASES.indexOf('activity');
/** ALLOWED[sector][contactType]: whether the contact type belongs to the sector. */
export const ALLOWED: boolean[][] = SECTORS.map((s) =>
  CONTACT_TYPES.map((c) => CONTACT_TYPES_BY_SECTOR[s].includes(c)),
);
