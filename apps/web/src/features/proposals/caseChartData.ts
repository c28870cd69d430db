import { ui } from '../../shared';
import type { BusinessCaseResultData } from '../calculations/calculationQueries';

/** Bars shown in the tornado: the widest swings (the table below the chart lists them all). */
const TORNADO_BARS = 8;

/**
 * The tornado's bars, each named as the sensitivity table and the committee PDF name it (one catalogue:
 * ui.calculations.businessCase.parameterNames), never by the engine's parameter code.
 */
export function tornadoData(result: Pick<BusinessCaseResultData, 'tornado'>) {
  const names = ui.calculations.businessCase.parameterNames;
  return result.tornado.slice(0, TORNADO_BARS).map((r) => ({
    parameter: names[r.parameter] ?? r.parameter,
    low: r.npvLow,
    high: r.npvHigh,
  }));
}
