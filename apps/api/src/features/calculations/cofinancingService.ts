// Co-financing from the app: an activity CSV priced under a shipped rate set, and under a second
// one for a rule-change simulation. The CSV arrives as a string, is streamed through the engine in
// memory and dropped with the request; the field is @uncached, so no copy outlives it (ADR 011).
import {
  cofinancingFromCsv,
  SHIPPED_RATE_SETS,
  type CofinancingDifference,
  type CofinancingResult,
  type RateSet,
} from '@sundhed/calc';
import { errorMessages, formatDecimal } from '@sundhed/shared';
import type { KeyedAmount } from '../../__generated__/graphql';
import { validationError } from '../../graphql/errors';

/** 5 MB is some 60,000 grouped rows: a municipality's year of activity (docs/reference/cofinancing.md §6). */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

const keyed = (record: Record<string, number>): KeyedAmount[] =>
  Object.entries(record).map(([key, amount]) => ({ key, amount }));

function resultView(result: CofinancingResult) {
  return {
    ...result,
    byAgeGroup: keyed(result.byAgeGroup),
    bySector: keyed(result.bySector),
    byContactType: keyed(result.byContactType),
    byYear: keyed(result.byYear),
    separateLedger: { total: result.separateLedger.total, byContactType: keyed(result.separateLedger.byContactType) },
    excludedContacts: result.excluded.contacts,
  };
}

function differenceView(difference: CofinancingDifference) {
  return {
    total: difference.total,
    byAgeGroup: keyed(difference.byAgeGroup),
    bySector: keyed(difference.bySector),
    byContactType: keyed(difference.byContactType),
  };
}

export function listRateSets(): readonly RateSet[] {
  return SHIPPED_RATE_SETS;
}

function rateSet(id: string, path: string): RateSet {
  const found = SHIPPED_RATE_SETS.find((candidate) => candidate.id === id);
  if (!found) throw validationError([{ path, message: errorMessages.unknownRateSet(id) }]);
  return found;
}

async function* single(text: string): AsyncIterable<string> {
  yield text;
}

export async function simulateCofinancing(
  ratesId: string,
  compareRatesId: string | null | undefined,
  activityCsv: string,
) {
  const bytes = Buffer.byteLength(activityCsv, 'utf8');
  if (bytes > MAX_CSV_BYTES) {
    throw validationError([
      {
        path: 'activityCsv',
        message: errorMessages.csvTooLarge(
          formatDecimal(bytes / 1024 / 1024),
          formatDecimal(MAX_CSV_BYTES / 1024 / 1024),
        ),
      },
    ]);
  }
  if (activityCsv.trim() === '') throw validationError([{ path: 'activityCsv', message: errorMessages.csvEmpty }]);
  const base = rateSet(ratesId, 'ratesId');
  const compare = compareRatesId ? rateSet(compareRatesId, 'compareRatesId') : null;
  const report = await cofinancingFromCsv(single(activityCsv), base, { compare });
  return {
    rows: report.rows,
    base: resultView(report.base),
    compare: report.compare ? resultView(report.compare) : null,
    difference: report.difference ? differenceView(report.difference) : null,
  };
}
