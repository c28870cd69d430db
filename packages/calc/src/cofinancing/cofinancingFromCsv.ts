import { InputError } from '../errors/InputError';
import { CofinancingAccumulator, type CofinancingResult } from './CofinancingAccumulator';
import { compareCofinancing, type CofinancingDifference } from './compareCofinancing';
import { importActivityCsv } from './importActivityCsv';
import type { RateSet } from './types';

export interface CofinancingReport {
  rows: number;
  base: CofinancingResult;
  compare: CofinancingResult | null;
  difference: CofinancingDifference | null;
}

/**
 * Streams an activity CSV once and prices it under one rate set, or two for a rule-change
 * simulation. A missing rate is reported like a bad line: with the first CSV line and the column
 * that needed it, every missing parameter at once, and the whole import is rejected.
 */
export async function cofinancingFromCsv(
  input: AsyncIterable<string | Buffer>,
  rateSet: RateSet,
  options: { compare?: RateSet | null; population?: number | null } = {},
): Promise<CofinancingReport> {
  const base = new CofinancingAccumulator(rateSet, { population: options.population });
  const alternative = options.compare
    ? new CofinancingAccumulator(options.compare, { population: options.population })
    : null;
  const { rows } = await importActivityCsv(input, alternative ? [base, alternative] : [base]);
  const missing = [base, ...(alternative ? [alternative] : [])].flatMap((acc) =>
    acc.missingRates().map((m) => ({
      line: m.firstLine,
      column: 'contact_type',
      message: `satssættet "${acc.compiled.rateSet.id}" mangler ${m.parameter}${m.lines > 1 ? ` (brugt af ${m.lines} linjer, første vist)` : ''}`,
    })),
  );
  if (missing.length > 0)
    throw new InputError(
      missing,
      'Aktivitetsfilen kan ikke prissættes; der mangler satser (ingen standardværdier bruges)',
    );
  const baseResult = base.result();
  const compareResult = alternative ? alternative.result() : null;
  return {
    rows,
    base: baseResult,
    compare: compareResult,
    difference: compareResult ? compareCofinancing(baseResult, compareResult) : null,
  };
}
