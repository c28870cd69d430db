import { PSYKIATRI_REGION_H } from './cofinancingSources';

/**
 * Daily rate the municipality pays for psychiatric "særlige pladser", which are outside ordinary
 * KMF (docs/reference/cofinancing.md §2.1). Other years are missing.
 */
export const SPECIAL_PLACES_DAILY_RATES: readonly {
  year: number;
  dkkPerDay: number;
  source: string;
  status: 'confirmed';
}[] = [
  { year: 2019, dkkPerDay: 3959, source: PSYKIATRI_REGION_H, status: 'confirmed' },
  { year: 2022, dkkPerDay: 4165, source: PSYKIATRI_REGION_H, status: 'confirmed' },
];
