import fc from 'fast-check';
import { computeNpv } from '../src/businessCase/computeNpv';
import { evaluateBusinessCase } from '../src/businessCase/evaluateBusinessCase';
import type { Scenario } from '../src/businessCase/types';
import type { ActivityRow } from '../src/cofinancing/ActivityRow';
import { CofinancingAccumulator } from '../src/cofinancing/CofinancingAccumulator';
import { compareCofinancing } from '../src/cofinancing/compareCofinancing';
import { compileRateSet, rateFor } from '../src/cofinancing/compileRateSet';
import { contactAmount } from '../src/cofinancing/contactAmount';
import { importActivityCsv } from '../src/cofinancing/importActivityCsv';
import { AGE_GROUPS, type RateSet } from '../src/cofinancing/types';
import { formatNumber } from '@sundhed/shared/format';
import { csvStream, HEADER } from './csvFixture';

// Rates in steps of 0.1 ‰ and whole kroner: realistic inputs, without subnormal floats that say
// nothing about the model.
const rate = fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000);
const money = fc.integer({ min: 0, max: 1_000_000 });

const scenarioArb: fc.Arbitrary<Scenario> = fc.record({
  horizonYears: fc.integer({ min: 0, max: 40 }),
  discount: fc.option(
    fc.array(
      fc.record({
        fromYear: fc.integer({ min: 1, max: 40 }),
        rate: fc.integer({ min: 0, max: 100 }).map((n) => n / 1000),
      }),
      { maxLength: 3 },
    ),
    { nil: null },
  ),
  cohorts: fc.array(
    fc.record({
      startYear: fc.integer({ min: 0, max: 10 }),
      participants: fc.integer({ min: 1, max: 1000 }),
      courseYears: fc.integer({ min: 0, max: 3 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  grossSuccessRate: rate,
  deadweight: fc.record({
    mode: fc.constantFrom('percentagePoints' as const, 'shareOfOutcomes' as const),
    value: fc.integer({ min: 0, max: 900 }).map((n) => n / 1000),
  }),
  engagementRate: rate,
  attribution: rate,
  displacement: rate,
  dropOff: rate,
  effectLagYears: fc.integer({ min: 0, max: 3 }),
  effectDurationYears: fc.option(fc.integer({ min: 0, max: 20 }), { nil: null }),
  optimismBias: fc.record({ costs: rate, benefits: fc.integer({ min: 0, max: 900 }).map((n) => n / 1000) }),
  costs: fc.array(
    fc.record({
      year: fc.integer({ min: 0, max: 5 }),
      bearer: fc.constantFrom('kommune', 'region', 'stat'),
      amount: money,
    }),
    { maxLength: 5 },
  ),
  consequences: fc.array(
    fc.record({
      bearer: fc.constantFrom('kommune', 'region', 'stat'),
      category: fc.constantFrom('sundhed', 'overførsel', 'skat'),
      kind: fc.constant('fiscal' as const),
      baselineAnnual: money,
      alternativeAnnual: fc.integer({ min: -100_000, max: 0 }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
});

describe('business case properties (issue 3)', () => {
  it('NPV never falls when the success rate rises (gains are non-negative here)', () => {
    fc.assert(
      fc.property(scenarioArb, rate, rate, (s, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const npvLo = computeNpv({ ...s, grossSuccessRate: lo });
        const npvHi = computeNpv({ ...s, grossSuccessRate: hi });
        return npvHi >= npvLo - 1e-6 * Math.max(1, Math.abs(npvLo));
      }),
    );
  });
  it('NPV at the break-even gross success rate is zero within a tolerance', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const r = evaluateBusinessCase(s);
        fc.pre(r.breakEven.grossSuccessRate !== null && r.pvCosts > 0);
        const npv = evaluateBusinessCase({ ...s, grossSuccessRate: r.breakEven.grossSuccessRate }).npv;
        return Math.abs(npv) <= 1e-6 * Math.max(1, r.pvCosts);
      }),
    );
  });
  it('the lean NPV and the full evaluation agree', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const full = evaluateBusinessCase(s).npv;
        return Math.abs(computeNpv(s) - full) <= 1e-7 * Math.max(1, Math.abs(full));
      }),
    );
  });
});

const ageArb = fc.constantFrom(...AGE_GROUPS);
const rateSetArb: fc.Arbitrary<RateSet> = fc
  .record({
    somaticShare: rate,
    somaticCap: fc.option(money, { nil: null }),
    gpShare: rate,
    psychShare: rate,
    psychCap: money,
  })
  .map(({ somaticShare, somaticCap, gpShare, psychShare, psychCap }) => ({
    id: 'generated',
    regime: 'flat2012',
    year: null,
    source: 'property test',
    rules: [
      {
        sector: 'somatik',
        contactType: 'stationaer',
        ageGroup: 'all',
        share: somaticShare,
        cap: somaticCap,
        capUnit: somaticCap === null ? 'none' : 'perAdmission',
        shareStatus: 'confirmed',
        capStatus: 'confirmed',
        source: 't',
      },
      {
        sector: 'praksis',
        contactType: 'almen_laege',
        ageGroup: 'all',
        share: gpShare,
        cap: null,
        capUnit: 'none',
        shareStatus: 'confirmed',
        capStatus: 'confirmed',
        source: 't',
      },
      {
        sector: 'psykiatri',
        contactType: 'ambulant',
        ageGroup: 'all',
        share: psychShare,
        cap: psychCap,
        capUnit: 'perVisit',
        shareStatus: 'confirmed',
        capStatus: 'confirmed',
        source: 't',
      },
    ],
  }));
const contactArb = fc.record({
  kind: fc.constantFrom(
    ['somatik', 'stationaer'] as const,
    ['praksis', 'almen_laege'] as const,
    ['psykiatri', 'ambulant'] as const,
  ),
  age: ageArb,
  count: fc.integer({ min: 0, max: 1000 }),
  tariff: fc.integer({ min: 0, max: 10_000_000 }).map((ore) => ore / 100),
  month: fc.integer({ min: 1, max: 12 }),
});

describe('co-financing properties (issue 3)', () => {
  it('no amount per contact ever exceeds its cap', () => {
    fc.assert(
      fc.property(rateSetArb, contactArb, (set, c) => {
        const { share, cap } = rateFor(compileRateSet(set), c.kind[0], c.kind[1], c.age);
        const amount = contactAmount(c.count, c.tariff, share, cap);
        // Per contact, so an uncapped rule (cap = Infinity) with zero contacts is no NaN.
        return amount >= 0 && (c.count === 0 ? amount === 0 : amount / c.count <= cap);
      }),
    );
  });
  it('two identical rate sets differ by zero', () => {
    fc.assert(
      fc.property(rateSetArb, fc.array(contactArb, { maxLength: 30 }), (set, contacts) => {
        const a = new CofinancingAccumulator(set);
        const b = new CofinancingAccumulator(structuredClone(set));
        contacts.forEach((c, i) => {
          const row = toRow(c, i);
          a.add(row);
          b.add(row);
        });
        const d = compareCofinancing(a.result(), b.result());
        return (
          d.total === 0 &&
          [d.byAgeGroup, d.bySector, d.byContactType].every((m) => Object.values(m).every((v) => v === 0))
        );
      }),
    );
  });
  it('import then aggregate equals a direct sum', async () => {
    await fc.assert(
      fc.asyncProperty(
        rateSetArb,
        fc.array(contactArb, { maxLength: 30 }),
        fc.boolean(),
        async (set, contacts, danish) => {
          const compiled = compileRateSet(set);
          const direct = contacts.reduce((sum, c) => {
            const { share, cap } = rateFor(compiled, c.kind[0], c.kind[1], c.age);
            return sum + c.count * Math.min(share * c.tariff, cap);
          }, 0);
          const sep = danish ? ';' : ',';
          const lines = contacts.map((c) =>
            [
              183,
              2016,
              c.month,
              c.kind[0],
              c.kind[1],
              c.age,
              '',
              '',
              c.count,
              danish ? formatNumber(c.tariff, 2) : String(c.tariff),
              '',
              'activity',
            ].join(sep),
          );
          const accumulator = new CofinancingAccumulator(compiled);
          await importActivityCsv(csvStream([HEADER.replaceAll(';', sep), ...lines].join('\n'), 13), [accumulator]);
          const total = accumulator.result().total;
          return Math.abs(total - direct) <= 1e-9 * Math.max(1, direct);
        },
      ),
      { numRuns: 50 },
    );
  });
});

function toRow(
  c: { kind: readonly [string, string]; age: string; count: number; tariff: number; month: number },
  i: number,
): ActivityRow {
  const sectors = ['somatik', 'psykiatri', 'praksis'];
  const contacts = ['stationaer', 'ambulant', 'genoptraening_indl', 'almen_laege'];
  return {
    line: i + 2,
    municipalityCode: '183',
    year: 2016,
    month: c.month,
    sector: sectors.indexOf(c.kind[0]),
    contactType: contacts.indexOf(c.kind[1]),
    ageGroup: (AGE_GROUPS as readonly string[]).indexOf(c.age),
    drgGroup: '',
    diagnosisGroup: '',
    activityCount: c.count,
    tariff: c.tariff,
    kmfAmount: Number.NaN,
    basis: 0,
  };
}
