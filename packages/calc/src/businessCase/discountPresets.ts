import type { DiscountSchedule } from './types';

export interface DiscountPreset {
  id: 'fm2021' | 'greenBook' | 'none';
  label: string;
  schedule: DiscountSchedule | null;
  /** Last year the source gives a rate for; beyond it the rate is missing (null: no limit). */
  lastYearWithRate: number | null;
  source: string;
}

/**
 * Finansministeriet 2021: 3.5 % for years 1–35, 2.5 % for 36–70 (docs/reference/skandia.md §4.2 [C]). The rate after
 * year 70 was cut off in the source ("probably 1.5 %" is unconfirmed), so the preset stops at 70.
 */
export const FM_2021: DiscountPreset = {
  id: 'fm2021',
  label: 'Finansministeriet 2021',
  schedule: [
    { fromYear: 1, rate: 0.035 },
    { fromYear: 36, rate: 0.025 },
  ],
  lastYearWithRate: 70,
  source:
    'Finansministeriet, Dokumentationsnotat – den samfundsøkonomiske diskonteringsrente, 7. januar 2021 (docs/reference/skandia.md §4.2)',
};

/**
 * HM Treasury Green Book: 3.5 % for years 0–30, 3.0 % for 31–75, 2.5 % thereafter (docs/reference/skandia.md §4.1 [C],
 * gov.uk "Review of discounting in the Green Book: ToR", 16 Dec 2025). The further steps after year
 * 125 are unconfirmed [U] and deliberately absent.
 */
export const GREEN_BOOK: DiscountPreset = {
  id: 'greenBook',
  label: 'HM Treasury Green Book',
  schedule: [
    { fromYear: 1, rate: 0.035 },
    { fromYear: 31, rate: 0.03 },
    { fromYear: 76, rate: 0.025 },
  ],
  lastYearWithRate: 125,
  source: 'HM Treasury, The Green Book, Annex A6 / Review of discounting ToR 2025 (docs/reference/skandia.md §4.1)',
};

/** Undiscounted, as SØM presents its nominal net result (docs/reference/skandia.md §2.2). */
export const NO_DISCOUNT: DiscountPreset = {
  id: 'none',
  label: 'Ingen diskontering',
  schedule: null,
  lastYearWithRate: null,
  source: 'SØM presents results undiscounted in a fixed price level (docs/reference/skandia.md §2.2)',
};

export const DISCOUNT_PRESETS: Record<DiscountPreset['id'], DiscountPreset> = {
  fm2021: FM_2021,
  greenBook: GREEN_BOOK,
  none: NO_DISCOUNT,
};
