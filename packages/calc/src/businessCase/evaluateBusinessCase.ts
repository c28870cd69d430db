import { at, entry } from '../checked/at';
import { activeSuccessesPerUnitRate, successesPerUnitRate } from './activeSuccessesPerUnitRate';
import { discountFactors } from './discountFactors';
import { interpolatedPayback } from './interpolatedPayback';
import { grossFromNetSuccessRate, netSuccessRate } from './netSuccessRate';
import type { BearerResult, BearerYear, BusinessCaseResult, Scenario, YearRow } from './types';

/**
 * The full Skandia-style business case of docs/reference/skandia.md §6.2: year-by-year table per bearer and
 * category, PV of gains and costs, NPV, BCR, net ROI, each bearer's share, payback and break-even.
 */
export function evaluateBusinessCase(s: Scenario): BusinessCaseResult {
  const horizon = s.horizonYears;
  const df = discountFactors(s.discount, horizon);
  const pNet = netSuccessRate(s.grossSuccessRate, s.deadweight);
  const activeUnit = activeSuccessesPerUnitRate(s);
  const benefitKeep = 1 - s.optimismBias.benefits;
  const costUplift = 1 + s.optimismBias.costs;

  const bearers = new Set<string>();
  for (const line of s.consequences) bearers.add(line.bearer);
  for (const line of s.costs) bearers.add(line.bearer);

  const years: YearRow[] = [];
  for (let t = 0; t <= horizon; t++) {
    const byBearer: Record<string, BearerYear> = {};
    for (const bearer of bearers) byBearer[bearer] = { gains: 0, costs: 0, net: 0, gainsByCategory: {} };
    years.push({
      year: t,
      discountFactor: at(df, t),
      activeSuccesses: at(activeUnit, t) * pNet,
      gains: 0,
      costs: 0,
      net: 0,
      discountedNet: 0,
      cumulativeNet: 0,
      cumulativeDiscountedNet: 0,
      byBearer,
      gainsByCategory: {},
    });
  }

  const byCategory: Record<string, number> = {};
  const byKind: Record<string, number> = {};
  const pvGainsByBearer: Record<string, number> = {};
  const pvCostsByBearer: Record<string, number> = {};
  for (const bearer of bearers) {
    pvGainsByBearer[bearer] = 0;
    pvCostsByBearer[bearer] = 0;
  }

  // PV of gains at p_net = 1, for the break-even rate (gains are linear in p_net).
  let pvGainsPerUnitRate = 0;
  for (const line of s.consequences) {
    const perSuccess = (line.baselineAnnual - line.alternativeAnnual) * benefitKeep;
    let pvLine = 0;
    for (let t = 0; t <= horizon; t++) {
      const active = at(activeUnit, t);
      if (active === 0) continue;
      const unitGain = active * perSuccess;
      pvGainsPerUnitRate += unitGain * at(df, t);
      const gain = unitGain * pNet;
      if (gain === 0) continue;
      const row = at(years, t);
      const bearerYear = entry(row.byBearer, line.bearer);
      bearerYear.gains += gain;
      bearerYear.gainsByCategory[line.category] = (bearerYear.gainsByCategory[line.category] ?? 0) + gain;
      row.gainsByCategory[line.category] = (row.gainsByCategory[line.category] ?? 0) + gain;
      row.gains += gain;
      pvLine += gain * at(df, t);
    }
    pvGainsByBearer[line.bearer] = entry(pvGainsByBearer, line.bearer) + pvLine;
    byCategory[line.category] = (byCategory[line.category] ?? 0) + pvLine;
    byKind[line.kind] = (byKind[line.kind] ?? 0) + pvLine;
  }
  for (const line of s.costs) {
    if (line.year < 0 || line.year > horizon) continue;
    const cost = line.amount * costUplift;
    const row = at(years, line.year);
    row.costs += cost;
    entry(row.byBearer, line.bearer).costs += cost;
    pvCostsByBearer[line.bearer] = entry(pvCostsByBearer, line.bearer) + cost * row.discountFactor;
  }

  let cumulative = 0;
  let cumulativeDiscounted = 0;
  let pvGains = 0;
  let pvCosts = 0;
  const net = new Float64Array(horizon + 1);
  const discountedNet = new Float64Array(horizon + 1);
  for (const row of years) {
    row.net = row.gains - row.costs;
    row.discountedNet = row.net * row.discountFactor;
    cumulative += row.net;
    cumulativeDiscounted += row.discountedNet;
    row.cumulativeNet = cumulative;
    row.cumulativeDiscountedNet = cumulativeDiscounted;
    for (const bearerYear of Object.values(row.byBearer)) bearerYear.net = bearerYear.gains - bearerYear.costs;
    net[row.year] = row.net;
    discountedNet[row.year] = row.discountedNet;
    pvGains += row.gains * row.discountFactor;
    pvCosts += row.costs * row.discountFactor;
  }

  const byBearer: Record<string, BearerResult> = {};
  for (const bearer of bearers) {
    const g = entry(pvGainsByBearer, bearer);
    const c = entry(pvCostsByBearer, bearer);
    byBearer[bearer] = {
      pvGains: g,
      pvCosts: c,
      npv: g - c,
      shareOfGains: pvGains === 0 ? null : g / pvGains,
      bcr: c === 0 ? null : g / c,
    };
  }

  const npv = pvGains - pvCosts;
  const unitSuccesses = successesPerUnitRate(s);
  const breakEvenRate = pvGainsPerUnitRate > 0 ? pvCosts / pvGainsPerUnitRate : null;
  return {
    pvGains,
    pvCosts,
    npv,
    bcr: pvCosts === 0 ? null : pvGains / pvCosts,
    netRoi: pvCosts === 0 ? null : npv / pvCosts,
    netSuccessRate: pNet,
    successes: unitSuccesses * pNet,
    payback: { undiscounted: interpolatedPayback(net), discounted: interpolatedPayback(discountedNet) },
    breakEven: {
      successes: breakEvenRate === null ? null : breakEvenRate * unitSuccesses,
      netSuccessRate: breakEvenRate,
      grossSuccessRate: breakEvenRate === null ? null : grossFromNetSuccessRate(breakEvenRate, s.deadweight),
    },
    byBearer,
    byCategory,
    byKind,
    years,
  };
}
