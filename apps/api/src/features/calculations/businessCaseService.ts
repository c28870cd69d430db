// Business cases from the app: the same engine and checks as the `business-case` command
// (packages/calc), with the result shaped for GraphQL. Nothing is stored. The scenario is checked here and
// computed in a worker thread (calcPool.ts), so an expensive case never blocks the request thread.
import { parseScenario, type BusinessCaseReport, InputError } from '@sundhed/calc';
import { reportOffThread } from './calcPool';
import { errorMessages, formatNumber } from '@sundhed/shared';

/** The CLI allows ten million draws; a request in the app must stay short (≈ 75 ms per 10,000). */
export const MAX_APP_DRAWS = 20_000;

export type BusinessCaseView = Omit<BusinessCaseReport, 'byBearer' | 'switchingValues'> & {
  byBearer: (BusinessCaseReport['byBearer'][string] & { bearer: string })[];
  switchingValues: { parameter: string; value: number | null }[];
};

export async function evaluateScenario(input: unknown): Promise<BusinessCaseView> {
  const file = parseScenario(input);
  if (file.monteCarlo && file.monteCarlo.draws > MAX_APP_DRAWS) {
    throw new InputError(
      [{ path: '$.monteCarlo.draws', message: errorMessages.monteCarloTooLarge(formatNumber(MAX_APP_DRAWS)) }],
      'Ugyldigt scenarie',
    );
  }
  const report = await reportOffThread(input);
  return toView(report);
}

/** A report as GraphQL shapes it: bearers and switching values as lists. */
export function toView(report: BusinessCaseReport): BusinessCaseView {
  return {
    ...report,
    byBearer: Object.entries(report.byBearer).map(([bearer, result]) => ({ bearer, ...result })),
    switchingValues: Object.entries(report.switchingValues).map(([parameter, value]) => ({ parameter, value })),
  };
}
