import { activeSuccessesPerUnitRate } from '../src/businessCase/activeSuccessesPerUnitRate';
import { computeNpv } from '../src/businessCase/computeNpv';
import { discountFactors } from '../src/businessCase/discountFactors';
import { evaluateBusinessCase } from '../src/businessCase/evaluateBusinessCase';
import { interpolatedPayback } from '../src/businessCase/interpolatedPayback';
import { monteCarlo } from '../src/businessCase/monteCarlo';
import { grossFromNetSuccessRate, netSuccessRate } from '../src/businessCase/netSuccessRate';
import { parseScenario } from '../src/businessCase/parseScenario';
import { switchingValue } from '../src/businessCase/switchingValue';
import { tornado } from '../src/businessCase/tornado';
import { MissingParameterError } from '../src/errors/MissingParameterError';
import { InputError } from '../src/errors/InputError';
import { baseScenario } from './scenarioFixture';

describe('netSuccessRate (docs/reference/skandia.md §6.2)', () => {
  it('percentage points never go below zero (§6.3: p_gross < dw gives 0)', () => {
    expect(netSuccessRate(0.01, { mode: 'percentagePoints', value: 0.02 })).toBe(0);
  });
  it('share of outcomes multiplies', () => {
    expect(netSuccessRate(0.5, { mode: 'shareOfOutcomes', value: 0.4 })).toBeCloseTo(0.3, 12);
  });
  it('gross from net inverts both modes', () => {
    expect(grossFromNetSuccessRate(0.1, { mode: 'percentagePoints', value: 0.02 })).toBeCloseTo(0.12, 12);
    expect(grossFromNetSuccessRate(0.3, { mode: 'shareOfOutcomes', value: 0.4 })).toBeCloseTo(0.5, 12);
    expect(grossFromNetSuccessRate(0.3, { mode: 'shareOfOutcomes', value: 1 })).toBeNull();
  });
});

describe('discountFactors', () => {
  it('null schedule gives ones (§6.3: discount = null reproduces undiscounted sums)', () => {
    expect([...discountFactors(null, 3)]).toEqual([1, 1, 1, 1]);
  });
  it('years before the first step are not discounted', () => {
    const df = discountFactors([{ fromYear: 3, rate: 0.1 }], 3);
    expect([...df].slice(0, 3)).toEqual([1, 1, 1]);
    expect(df[3]).toBeCloseTo(1 / 1.1, 12);
  });
});

describe('effect timing', () => {
  it('starts at startYear + courseYears + lag and lasts effectDurationYears', () => {
    const active = activeSuccessesPerUnitRate(
      baseScenario({
        cohorts: [{ startYear: 1, participants: 10, courseYears: 2 }],
        effectLagYears: 1,
        effectDurationYears: 3,
        dropOff: 0,
        horizonYears: 8,
      }),
    );
    expect([...active]).toEqual([0, 0, 0, 0, 10, 10, 10, 0, 0]);
  });
  it('drop-off = 1 leaves gains in the first effect year only (§6.3)', () => {
    const active = activeSuccessesPerUnitRate(
      baseScenario({ cohorts: [{ startYear: 0, participants: 10, courseYears: 1 }], dropOff: 1, horizonYears: 4 }),
    );
    expect([...active]).toEqual([0, 10, 0, 0, 0]);
  });
  it('drop-off compounds per year after the first effect year', () => {
    const active = activeSuccessesPerUnitRate(
      baseScenario({ cohorts: [{ startYear: 0, participants: 100, courseYears: 0 }], dropOff: 0.5, horizonYears: 2 }),
    );
    expect([...active]).toEqual([100, 50, 25]);
  });
  it('engagement, attribution and displacement scale successes', () => {
    const active = activeSuccessesPerUnitRate(
      baseScenario({
        cohorts: [{ startYear: 0, participants: 100, courseYears: 0 }],
        engagementRate: 0.5,
        attribution: 0.2,
        displacement: 0.5,
        horizonYears: 0,
      }),
    );
    expect(active[0]).toBeCloseTo(20, 12);
  });
});

describe('evaluateBusinessCase', () => {
  const s = baseScenario();
  const r = evaluateBusinessCase(s);
  it('NPV = PVG − PVC and the bearers add up', () => {
    expect(r.npv).toBeCloseTo(r.pvGains - r.pvCosts, 6);
    const bearers = Object.values(r.byBearer);
    expect(bearers.reduce((a, b) => a + b.pvGains, 0)).toBeCloseTo(r.pvGains, 6);
    expect(bearers.reduce((a, b) => a + (b.shareOfGains ?? 0), 0)).toBeCloseTo(1, 12);
  });
  it('BCR and net ROI', () => {
    expect(r.bcr).toBeCloseTo(r.pvGains / r.pvCosts, 12);
    expect(r.netRoi).toBeCloseTo(r.npv / r.pvCosts, 12);
  });
  it('a bearer without costs gets bcr null, not a division by zero (§6.3)', () => {
    expect(r.byBearer.stat?.bcr).toBeNull();
    expect(r.byBearer.stat?.pvCosts).toBe(0);
  });
  it('gains per successful citizen follow baseline − alternative (tax as negative alternative cost)', () => {
    // 100 × 0.25 = 25 successes, effect from year 1, gain 110,000 + 20,000 + 60,000 a year.
    expect(r.years[1]?.gains).toBeCloseTo(25 * 190_000, 6);
    expect(r.years[1]?.byBearer.stat?.gains).toBeCloseTo(25 * 60_000, 6);
    expect(r.years[1]?.gainsByCategory.skat).toBeCloseTo(25 * 60_000, 6);
  });
  it('undiscounted: PVG equals the plain sum of the year table', () => {
    expect(r.pvGains).toBeCloseTo(
      r.years.reduce((a, y) => a + y.gains, 0),
      6,
    );
  });
  it('costs in several years and bearers, with optimism bias on costs and benefits', () => {
    const biased = evaluateBusinessCase(
      baseScenario({
        optimismBias: { costs: 0.2, benefits: 0.1 },
        costs: [
          { year: 0, bearer: 'kommune', amount: 100 },
          { year: 2, bearer: 'region', amount: 50 },
        ],
      }),
    );
    expect(biased.pvCosts).toBeCloseTo(180, 9);
    expect(biased.byBearer.region?.pvCosts).toBeCloseTo(60, 9);
    expect(biased.pvGains).toBeCloseTo(r.pvGains * 0.9, 6);
  });
  it('computeNpv agrees with the full evaluation', () => {
    expect(computeNpv(s)).toBeCloseTo(r.npv, 6);
    const discounted = baseScenario({
      discount: [{ fromYear: 1, rate: 0.035 }],
      optimismBias: { costs: 0.1, benefits: 0.2 },
    });
    expect(computeNpv(discounted)).toBeCloseTo(evaluateBusinessCase(discounted).npv, 6);
  });
  it('break-even: successes = PVC / PV of one success', () => {
    const oneCohort = evaluateBusinessCase(baseScenario({ dropOff: 0 }));
    const pvPerSuccess = oneCohort.pvGains / oneCohort.successes;
    expect(oneCohort.breakEven.successes).toBeCloseTo(oneCohort.pvCosts / pvPerSuccess, 9);
    expect(oneCohort.breakEven.netSuccessRate).toBeCloseTo((oneCohort.breakEven.successes as number) / 100, 12);
    expect(oneCohort.breakEven.grossSuccessRate).toBeCloseTo((oneCohort.breakEven.netSuccessRate as number) + 0.05, 12);
  });
  it('break-even is null without any gains', () => {
    expect(evaluateBusinessCase(baseScenario({ consequences: [] })).breakEven).toEqual({
      successes: null,
      netSuccessRate: null,
      grossSuccessRate: null,
    });
  });
});

describe('interpolatedPayback (docs/reference/skandia.md §6.2)', () => {
  it('interpolates within the year: −100, +40, +80 pays back at 1.75', () => {
    expect(interpolatedPayback([-100, 40, 80])).toBeCloseTo(1.75, 12);
  });
  it('null when never reached within the horizon', () => {
    expect(interpolatedPayback([-100, 10, 10])).toBeNull();
  });
  it('0 when the cumulative flow is never negative', () => {
    expect(interpolatedPayback([0, 10])).toBe(0);
  });
  it('starts counting from the first negative year (costs first in year 1)', () => {
    expect(interpolatedPayback([0, -100, 50, 100])).toBeCloseTo(2.5, 12);
  });
  it('the discounted payback is never earlier than the undiscounted one', () => {
    const r = evaluateBusinessCase(baseScenario({ discount: [{ fromYear: 1, rate: 0.035 }] }));
    expect(r.payback.discounted as number).toBeGreaterThanOrEqual(r.payback.undiscounted as number);
  });
});

describe('sensitivity', () => {
  const s = baseScenario({ discount: [{ fromYear: 1, rate: 0.035 }] });
  it('switching value of the success rate equals the break-even gross rate', () => {
    const r = evaluateBusinessCase(s);
    expect(switchingValue(s, 'grossSuccessRate')).toBeCloseTo(r.breakEven.grossSuccessRate as number, 7);
  });
  it('switching value of the cost scale is PVG / PVC', () => {
    const r = evaluateBusinessCase(s);
    expect(switchingValue(s, 'costScale')).toBeCloseTo(r.pvGains / r.pvCosts, 6);
  });
  it('null when NPV does not change sign in the range', () => {
    expect(switchingValue(s, 'attribution', { range: [0, 0.1] })).toBeNull();
  });
  it('tornado rows are sorted by swing and clamp rates to [0, 1]', () => {
    const rows = tornado(baseScenario({ grossSuccessRate: 0.9 }));
    rows.slice(1).forEach((row, i) => expect(rows[i]?.swing).toBeGreaterThanOrEqual(row.swing));
    expect(rows.find((row) => row.parameter === 'grossSuccessRate')?.high).toBe(1);
  });
  it('Monte Carlo is reproducible with the same seed and differs with another', () => {
    const options = {
      draws: 500,
      seed: 7,
      distributions: { grossSuccessRate: { type: 'uniform', min: 0.1, max: 0.4 } as const },
    };
    const a = monteCarlo(s, options);
    expect(monteCarlo(s, options)).toEqual(a);
    expect(monteCarlo(s, { ...options, seed: 8 }).percentiles.p50).not.toBe(a.percentiles.p50);
    expect(a.percentiles.p5).toBeLessThanOrEqual(a.percentiles.p50);
    expect(a.percentiles.p50).toBeLessThanOrEqual(a.percentiles.p95);
  });
  it('Monte Carlo with a degenerate distribution gives the base NPV', () => {
    const m = monteCarlo(s, {
      draws: 10,
      seed: 1,
      distributions: { dropOff: { type: 'triangular', min: 0.1, mode: 0.1, max: 0.1 } },
    });
    expect(m.percentiles.p50).toBeCloseTo(computeNpv(s), 6);
  });
});

describe('parseScenario', () => {
  it('fills documented defaults and says so', () => {
    const parsed = parseScenario({
      horizonYears: 2,
      cohorts: [{ startYear: 0, participants: 1 }],
      grossSuccessRate: 0.5,
    });
    expect(parsed.scenario.discount).toBeNull();
    expect(parsed.scenario.engagementRate).toBe(1);
    expect(parsed.scenario.cohorts[0]?.courseYears).toBe(0);
    expect(parsed.defaultsApplied).toContain('engagementRate = 1');
  });
  it('accepts discount presets', () => {
    expect(
      parseScenario({ horizonYears: 40, cohorts: [], grossSuccessRate: 0, discount: 'fm2021' }).scenario.discount,
    ).toEqual([
      { fromYear: 1, rate: 0.035 },
      { fromYear: 36, rate: 0.025 },
    ]);
  });
  it('a horizon beyond the FM 2021 rates raises a typed missing-parameter error', () => {
    expect(() => parseScenario({ horizonYears: 80, cohorts: [], grossSuccessRate: 0, discount: 'fm2021' })).toThrow(
      MissingParameterError,
    );
  });
  it('reports every bad field with its JSON path, in Danish', () => {
    try {
      parseScenario({
        horizonYears: 1.5,
        cohorts: [{ startYear: 0 }],
        grossSuccessRate: 'x',
        costs: [{ year: 9, bearer: '', amount: 1 }],
      });
      throw new Error('expected InputError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const paths = (error as InputError).issues.map((i) => i.path);
      expect(paths).toEqual(
        expect.arrayContaining([
          '$.horizonYears',
          '$.cohorts[0].participants',
          '$.grossSuccessRate',
          '$.costs[0].bearer',
        ]),
      );
      expect((error as InputError).message).toContain('skal være et tal');
    }
  });
});
