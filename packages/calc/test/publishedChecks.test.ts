import { discountFactors } from '../src/businessCase/discountFactors';
import { FM_2021, GREEN_BOOK } from '../src/businessCase/discountPresets';
import { evaluateBusinessCase } from '../src/businessCase/evaluateBusinessCase';
import { netSuccessRate } from '../src/businessCase/netSuccessRate';
import { parseScenario } from '../src/businessCase/parseScenario';
import { baseScenario } from './scenarioFixture';

// The published checks of docs/reference/skandia.md §7.1–7.4.
describe('docs/reference/skandia.md §7.1 SØM deadweight rule', () => {
  it('12 % with the intervention, 2 % anyway: success rate 10 %', () => {
    expect(netSuccessRate(0.12, { mode: 'percentagePoints', value: 0.02 })).toBeCloseTo(0.1, 12);
  });
  it('the two deadweight modes agree when dw_share = dw_pp / p_gross (§6.2)', () => {
    expect(netSuccessRate(0.12, { mode: 'shareOfOutcomes', value: 0.02 / 0.12 })).toBeCloseTo(0.1, 12);
  });
});

describe('docs/reference/skandia.md §7.2 Skandia baseline vs comparison course', () => {
  it('35 mia. kr. cost in udenforskab, +10 mia. kr. surplus in the comparison group: potential 45 mia. kr.', () => {
    const result = evaluateBusinessCase(
      baseScenario({
        horizonYears: 0,
        cohorts: [{ startYear: 0, participants: 1, courseYears: 0 }],
        grossSuccessRate: 1,
        deadweight: { mode: 'percentagePoints', value: 0 },
        dropOff: 0,
        costs: [],
        consequences: [
          {
            bearer: 'offentlig',
            category: 'udenforskab',
            kind: 'fiscal',
            baselineAnnual: 35e9,
            alternativeAnnual: -10e9,
          },
        ],
      }),
    );
    expect(result.pvGains).toBe(45e9);
  });
});

describe('docs/reference/skandia.md §7.3 / §4.3 discount factors', () => {
  const flat = discountFactors([{ fromYear: 1, rate: 0.035 }], 30);
  it.each([
    [0, 1],
    [1, 0.966184],
    [2, 0.933511],
    [3, 0.901943],
    [4, 0.871442],
    [5, 0.841973],
    [10, 0.708919],
    [20, 0.502566],
    [30, 0.356278],
  ])('DF(%i) at 3.5 %% = %f', (t, expected) => {
    expect(flat[t]).toBeCloseTo(expected, 6);
  });
  it('Green Book table values DF(5) = 0.8420 and DF(10) = 0.7089', () => {
    expect(flat[5]?.toFixed(4)).toBe('0.8420');
    expect(flat[10]?.toFixed(4)).toBe('0.7089');
  });
  it('piecewise Green Book: t=31, 35, 40, 75', () => {
    const df = discountFactors(GREEN_BOOK.schedule, 80);
    expect(df[31]).toBeCloseTo(0.345901, 6);
    expect(df[35]).toBeCloseTo(0.307329, 6);
    expect(df[40]).toBeCloseTo(0.265105, 6);
    expect(df[75]).toBeCloseTo(0.094214, 6);
  });
  it('Danish 2021 profile: DF(35) = 0.299977, DF(36) = 0.292660', () => {
    const df = discountFactors(FM_2021.schedule, 70);
    expect(df[35]).toBeCloseTo(0.299977, 6);
    expect(df[36]).toBeCloseTo(0.29266, 6);
  });
});

describe('docs/reference/skandia.md §7.4 SROI illustration', () => {
  // 60 participants × £8,500, deadweight 40 %, attribution 30 %, drop-off 30 %, 2 years, 3.5 % with
  // the first benefit year not discounted (it is year 0), inputs £250,000.
  const file = {
    horizonYears: 1,
    discount: [{ fromYear: 1, rate: 0.035 }],
    cohorts: [{ startYear: 0, participants: 60, courseYears: 0 }],
    grossSuccessRate: 1,
    deadweight: { mode: 'shareOfOutcomes', value: 0.4 },
    attribution: 0.3,
    dropOff: 0.3,
    costs: [{ year: 0, bearer: 'funder', amount: 250_000 }],
    consequences: [
      { bearer: 'society', category: 'outcome', kind: 'social', baselineAnnual: 8_500, alternativeAnnual: 0 },
    ],
  };
  const result = evaluateBusinessCase(parseScenario(file).scenario);
  it('year 1 = 510,000 × 0.6 × 0.7 = 214,200', () => {
    expect(result.years[0]?.gains).toBeCloseTo(214_200, 6);
  });
  it('year 2 PV = 214,200 × 0.7 / 1.035 = 144,869.57', () => {
    const [, year2] = result.years;
    expect(year2 && year2.gains * year2.discountFactor).toBeCloseTo(144_869.57, 2);
  });
  it('total PV 359,069.57, SROI ratio 1.43628, net ratio 0.43628', () => {
    expect(result.pvGains).toBeCloseTo(359_069.57, 2);
    expect(result.bcr).toBeCloseTo(1.43628, 5);
    expect(result.netRoi).toBeCloseTo(0.43628, 5);
  });
  it('discounting the first benefit year too (SROI guide) changes the result', () => {
    const guide = evaluateBusinessCase(parseScenario({ ...file, horizonYears: 2, effectLagYears: 1 }).scenario);
    expect(guide.pvGains).toBeCloseTo(214_200 / 1.035 + (214_200 * 0.7) / 1.035 ** 2, 6);
  });
});
