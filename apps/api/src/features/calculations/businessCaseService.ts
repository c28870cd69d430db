// Business cases from the app: the same engine and checks as the `business-case` command
// (packages/calc), with the result shaped for GraphQL. Nothing is stored.
import { businessCaseReport, parseScenario, type BusinessCaseReport, InputError } from '@sundhed/calc';
import { errorMessages, formatNumber } from '@sundhed/shared';

/** The CLI allows ten million draws; a request in the app must stay short (≈ 75 ms per 10,000). */
export const MAX_APP_DRAWS = 20_000;

export type BusinessCaseView = Omit<BusinessCaseReport, 'byBearer' | 'switchingValues'> & {
  byBearer: (BusinessCaseReport['byBearer'][string] & { bearer: string })[];
  switchingValues: { parameter: string; value: number | null }[];
};

export function evaluateScenario(input: unknown): BusinessCaseView {
  const file = parseScenario(input);
  if (file.monteCarlo && file.monteCarlo.draws > MAX_APP_DRAWS) {
    throw new InputError(
      [{ path: '$.monteCarlo.draws', message: errorMessages.monteCarloTooLarge(formatNumber(MAX_APP_DRAWS)) }],
      'Ugyldigt scenarie',
    );
  }
  const report = businessCaseReport(file);
  return {
    ...report,
    byBearer: Object.entries(report.byBearer).map(([bearer, result]) => ({ bearer, ...result })),
    switchingValues: Object.entries(report.switchingValues).map(([parameter, value]) => ({ parameter, value })),
  };
}
