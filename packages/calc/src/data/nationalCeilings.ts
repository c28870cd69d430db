import { REGIONER_2015, RETSINFO_2019, RETSINFO_2020 } from './cofinancingSources';

export interface NationalCeiling {
  year: number;
  /** National level in 1,000 kr. */
  nationalThousandDkk: number;
  /** Regional split in 1,000 kr., where the source gives it. */
  regionsThousandDkk: Record<string, number> | null;
  source: string;
  status: 'confirmed';
}

/**
 * The regional/national revenue ceiling ("øvre grænse", lov om regionernes finansiering § 14 a),
 * docs/reference/cofinancing.md §4.1. 2021–2026 are missing. There is no per-inhabitant cap: none was found.
 */
export const NATIONAL_CEILINGS: readonly NationalCeiling[] = [
  { year: 2015, nationalThousandDkk: 19_866_500, regionsThousandDkk: null, source: REGIONER_2015, status: 'confirmed' },
  {
    year: 2019,
    nationalThousandDkk: 22_437_900,
    source: RETSINFO_2019,
    status: 'confirmed',
    regionsThousandDkk: {
      Nordjylland: 2_178_431,
      Midtjylland: 4_646_631,
      Syddanmark: 5_119_010,
      Hovedstaden: 6_996_699,
      Sjælland: 3_497_129,
    },
  },
  {
    year: 2020,
    nationalThousandDkk: 23_016_600,
    source: RETSINFO_2020,
    status: 'confirmed',
    regionsThousandDkk: {
      Nordjylland: 2_234_362,
      Midtjylland: 4_763_299,
      Syddanmark: 5_254_828,
      Hovedstaden: 7_185_803,
      Sjælland: 3_578_308,
    },
  },
];
