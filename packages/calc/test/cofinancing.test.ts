import { CofinancingAccumulator } from '../src/cofinancing/CofinancingAccumulator';
import { cofinancingFromCsv } from '../src/cofinancing/cofinancingFromCsv';
import { compileRateSet, gapsAt, rateFor } from '../src/cofinancing/compileRateSet';
import { contactAmount } from '../src/cofinancing/contactAmount';
import { parseRateSet } from '../src/cofinancing/parseRateSet';
import {
  preventableAdmissions,
  EMPTY_PREVENTABLE_CODE_LISTS,
  PREVENTABLE_GROUPS,
  type PreventableCodeLists,
} from '../src/cofinancing/preventableAdmissions';
import { regimeForYear } from '../src/cofinancing/regimeForYear';
import { ACONTO_2019_REGION_H, AGE_2018_REGION_H, FLAT_2012_REGION_H } from '../src/data/shippedRateSets';
import { NATIONAL_CEILINGS } from '../src/data/nationalCeilings';
import { InputError } from '../src/errors/InputError';
import { MissingParameterError } from '../src/errors/MissingParameterError';
import { MissingRateError } from '../src/errors/MissingRateError';
import { RegimeNotComputableError } from '../src/errors/RegimeNotComputableError';
import { csvStream, HEADER } from './csvFixture';

const flat = compileRateSet(FLAT_2012_REGION_H);
const price = (
  set: ReturnType<typeof compileRateSet>,
  sector: 'somatik' | 'psykiatri' | 'praksis',
  contactType: Parameters<typeof rateFor>[2],
  age: Parameters<typeof rateFor>[3],
  count: number,
  tariff: number,
): number => {
  const { share, cap } = rateFor(set, sector, contactType, age);
  return contactAmount(count, tariff, share, cap);
};

describe('docs/reference/cofinancing.md §2.3 worked examples (flat model, ≈ Region H caps)', () => {
  it.each([
    ['somatic admission DRG 30,000', 'somatik', 'stationaer', 30_000, 10_200],
    ['somatic admission DRG 60,000 (capped)', 'somatik', 'stationaer', 60_000, 15_000],
    ['outpatient visit DAGS 2,000', 'somatik', 'ambulant', 2_000, 680],
    ['psychiatric admission 10 days × 4,000 (capped)', 'psykiatri', 'stationaer', 40_000, 8_500],
    ['GP consultation fee 150', 'praksis', 'almen_laege', 150, 15],
    ['specialist visit fee 800', 'praksis', 'speciallaege', 800, 272],
  ] as const)('%s', (_label, sector, contactType, tariff, expected) => {
    expect(price(flat, sector, contactType, '3-64', 1, tariff)).toBeCloseTo(expected, 9);
  });
  it('multiplies by activity_count', () => {
    expect(price(flat, 'somatik', 'stationaer', '80+', 3, 60_000)).toBeCloseTo(45_000, 9);
  });
});

describe('docs/reference/cofinancing.md §3.5 worked examples (2018 boundary values, entered as a user rate set)', () => {
  const set = compileRateSet(
    parseRateSet({
      id: 'test-2018',
      regime: 'age2018',
      year: 2018,
      source: 'test',
      rules: [
        {
          sector: 'somatik',
          contactType: 'stationaer',
          ageGroup: '3-64',
          share: 0.2,
          cap: 31029,
          capUnit: 'perRegionalCourse',
        },
        {
          sector: 'somatik',
          contactType: 'stationaer',
          ageGroup: '80+',
          share: 0.56,
          cap: 31029,
          capUnit: 'perRegionalCourse',
        },
        { sector: 'praksis', contactType: 'almen_laege', ageGroup: '3-64', share: 0.07, cap: null, capUnit: 'none' },
        { sector: 'praksis', contactType: 'almen_laege', ageGroup: '80+', share: 0.18, cap: null, capUnit: 'none' },
        {
          sector: 'praksis',
          contactType: 'speciallaege',
          ageGroup: 'all',
          share: 0.56,
          cap: 3103,
          capUnit: 'perVisit',
        },
      ],
    }),
  );
  it('DRG course 40,000 at 20 % and at 56 %', () => {
    expect(price(set, 'somatik', 'stationaer', '3-64', 1, 40_000)).toBeCloseTo(8_000, 9);
    expect(price(set, 'somatik', 'stationaer', '80+', 1, 40_000)).toBeCloseTo(22_400, 9);
  });
  it('DRG course 70,000 at 56 % is capped at 31,029', () => {
    expect(price(set, 'somatik', 'stationaer', '80+', 1, 70_000)).toBe(31_029);
  });
  it('GP fee 150 at 7 % / 18 %, specialist 800 at 56 %', () => {
    expect(price(set, 'praksis', 'almen_laege', '3-64', 1, 150)).toBeCloseTo(10.5, 9);
    expect(price(set, 'praksis', 'almen_laege', '80+', 1, 150)).toBeCloseTo(27, 9);
    expect(price(set, 'praksis', 'speciallaege', '0-2', 1, 800)).toBeCloseTo(448, 9);
  });
  it("gapsAt reads the group as pricing does: the age group's own rule, else 'all', else nothing", () => {
    expect(gapsAt(set, 'somatik', 'stationaer', '80+')).toMatchObject({ share: false, cap: false });
    expect(gapsAt(set, 'somatik', 'stationaer', '80+').rule?.ageGroup).toBe('80+');
    expect(gapsAt(set, 'praksis', 'speciallaege', '0-2').rule?.ageGroup).toBe('all');
    expect(gapsAt(set, 'somatik', 'stationaer', '0-2')).toEqual({ rule: undefined, share: true, cap: false });
  });
  it('an age group with no rule raises MissingRateError naming the parameter', () => {
    expect(() => rateFor(set, 'somatik', 'stationaer', '0-2')).toThrow(MissingRateError);
    expect(() => rateFor(set, 'somatik', 'stationaer', '0-2')).toThrow(/share\[somatik\/stationaer\/0-2\]/);
  });
});

describe('shipped rate sets: only the figures of docs/reference/cofinancing.md', () => {
  it('flat model shares are confirmed, caps approximate', () => {
    const rule = FLAT_2012_REGION_H.rules.find((r) => r.sector === 'somatik' && r.contactType === 'stationaer');
    expect(rule).toMatchObject({ share: 0.34, cap: 15000, shareStatus: 'confirmed', capStatus: 'approximate' });
  });
  it('missing figures throw typed errors naming the parameter', () => {
    const age2018 = compileRateSet(AGE_2018_REGION_H);
    expect(() => rateFor(age2018, 'somatik', 'stationaer', '80+')).toThrow(
      expect.objectContaining({ code: 'MISSING_RATE', parameter: 'share[somatik/stationaer/80+]' }),
    );
    expect(() => rateFor(flat, 'somatik', 'genoptraening_indl', '3-64')).toThrow(
      expect.objectContaining({ parameter: 'cap[somatik/genoptraening_indl/all]' }),
    );
    expect(() => rateFor(flat, 'praksis', 'fysioterapi', '3-64')).toThrow(MissingRateError);
  });
  it('gapsAt reports a figure marked missing even where a value was typed, as pricing refuses it', () => {
    const marked = compileRateSet({
      ...FLAT_2012_REGION_H,
      rules: FLAT_2012_REGION_H.rules.map((r) =>
        r.sector === 'somatik' && r.contactType === 'stationaer' ? { ...r, shareStatus: 'missing' as const } : r,
      ),
    });
    expect(gapsAt(marked, 'somatik', 'stationaer', '3-64')).toMatchObject({ share: true, cap: false });
    expect(gapsAt(flat, 'somatik', 'genoptraening_indl', '3-64')).toMatchObject({ share: false, cap: true });
  });
  it('2018 psychiatry is priceable (60 %, ≈ 8,862 kr.)', () => {
    expect(price(compileRateSet(AGE_2018_REGION_H), 'psykiatri', 'stationaer', '80+', 1, 40_000)).toBe(8_862);
  });
  it('every rule carries a source', () => {
    for (const set of [FLAT_2012_REGION_H, AGE_2018_REGION_H, ACONTO_2019_REGION_H])
      for (const r of set.rules) expect(r.source).toMatch(/\S/);
  });
  it('national ceilings: regions add up to the national level (2019, 2020)', () => {
    for (const c of NATIONAL_CEILINGS.filter((x) => x.regionsThousandDkk)) {
      expect(Object.values(c.regionsThousandDkk ?? {}).reduce((a, b) => a + b, 0)).toBeCloseTo(
        c.nationalThousandDkk,
        -1,
      );
    }
  });
});

describe('regimes (docs/reference/cofinancing.md §1)', () => {
  it.each([
    [2006, null],
    [2010, 'basic2007'],
    [2012, 'flat2012'],
    [2017, 'flat2012'],
    [2018, 'age2018'],
    [2019, 'aconto2019'],
    [2026, 'aconto2019'],
    [2027, 'transition2027'],
    [2028, 'transition2027'],
    [2029, 'abolished'],
  ])('%i → %s', (year, regime) => expect(regimeForYear(year)).toBe(regime));
  it.each(['transition2027', 'abolished', 'basic2007'] as const)('%s refuses to compute a fiction', (regime) => {
    expect(() => new CofinancingAccumulator({ ...FLAT_2012_REGION_H, regime })).toThrow(RegimeNotComputableError);
  });
  it('2019 onwards: shadow amount and paid a-conto and settlement kept apart', async () => {
    const csv = [
      HEADER,
      '183;2019;1;psykiatri;ambulant;3-64;;F;10;1.000,00;;activity',
      '183;2019;1;;;;;;;;100.000,00;aconto',
      '183;2019;2;;;;;;;;100.000,00;aconto',
      '183;2019;12;;;;;;;;-5.000,50;efterregulering',
    ].join('\n');
    const { base } = await cofinancingFromCsv(csvStream(csv), ACONTO_2019_REGION_H);
    expect(base.shadow).toBe(true);
    expect(base.total).toBeCloseTo(3_000, 9);
    expect(base.paid).toEqual({ aconto: 200_000, efterregulering: -5_000.5, total: 194_999.5 });
  });
});

describe('exclusions and aggregation', () => {
  const csv = [
    HEADER,
    '183;2016;1;somatik;stationaer;65-79;04MP03;J;2;30.000;;activity',
    '183;2016;2;praksis;almen_laege;0-2;;;10;150;;activity',
    '183;2016;2;psykiatri;saerlige_pladser;3-64;;F;30;3.959;;activity',
    '183;2016;3;somatik;hospice;80+;;;2;1.000,50;;activity',
  ].join('\r\n');
  it('keeps særlige pladser out and 100 % municipal items in a separate ledger', async () => {
    const { base } = await cofinancingFromCsv(csvStream(csv), FLAT_2012_REGION_H, { population: 1000 });
    expect(base.total).toBeCloseTo(20_400 + 150, 9);
    expect(base.excluded).toEqual({ contacts: 30, tariffValue: 30 * 3_959 });
    expect(base.separateLedger).toEqual({ total: 2_001, byContactType: { hospice: 2_001 } });
    expect(base.byMonth).toEqual({ '2016-01': 20_400, '2016-02': 150 });
    expect(base.byYear).toEqual({ 2016: 20_550 });
    expect(base.byDiagnosisGroup).toEqual({ J: 20_400 });
    expect(base.byAgeGroup).toEqual({ '65-79': 20_400, '0-2': 150 });
    expect(base.perCapita).toBeCloseTo(20.55, 9);
    expect(base.approximateRules).toEqual(['somatik/stationaer/all']);
  });
  it('compare: two rate sets, differences by dimension', async () => {
    const psych = [
      HEADER,
      '183;2019;1;psykiatri;stationaer;3-64;;F;1;40.000;;activity',
      '183;2019;1;psykiatri;ambulant;80+;;F;2;2.000;;activity',
    ].join('\n');
    const report = await cofinancingFromCsv(csvStream(psych), FLAT_2012_REGION_H, { compare: AGE_2018_REGION_H });
    expect(report.difference?.total).toBeCloseTo(362 + 2 * 55, 9);
    expect(report.difference?.byContactType).toEqual({ stationaer: 362, ambulant: 110 });
    expect(report.difference?.byAgeGroup).toEqual({ '3-64': 362, '80+': 110 });
  });
  it('missing rates are reported with CSV line and column, for every missing parameter', async () => {
    const rows = [
      HEADER,
      '183;2018;1;somatik;stationaer;80+;;;1;1000;;activity',
      '183;2018;1;praksis;almen_laege;0-2;;;1;150;;activity',
    ].join('\n');
    await expect(cofinancingFromCsv(csvStream(rows), AGE_2018_REGION_H)).rejects.toMatchObject({
      issues: [
        expect.objectContaining({
          line: 2,
          column: 'contact_type',
          message: expect.stringContaining('share[somatik/stationaer/80+]'),
        }),
        expect.objectContaining({
          line: 3,
          column: 'contact_type',
          message: expect.stringContaining('share[praksis/almen_laege/0-2]'),
        }),
      ],
    });
  });
});

describe('parseRateSet', () => {
  const valid = {
    id: 'x',
    regime: 'flat2012',
    year: 2016,
    source: 's',
    rules: [
      {
        sector: 'somatik',
        contactType: 'stationaer',
        ageGroup: 'all',
        share: 0.34,
        cap: 15000,
        capUnit: 'perAdmission',
      },
    ],
  };
  it('accepts the issue 3 format and defaults provenance to the file', () => {
    const set = parseRateSet(valid);
    expect(set.rules[0]).toMatchObject({ shareStatus: 'confirmed', capStatus: 'confirmed', source: 's' });
  });
  it('the shipped example files equal the shipped data', async () => {
    const { readFile } = await import('node:fs/promises');
    const file = JSON.parse(
      await readFile(new URL('../examples/rates-flat2012-regionh.json', import.meta.url), 'utf8'),
    ) as unknown;
    expect(parseRateSet(file)).toEqual(FLAT_2012_REGION_H);
  });
  it('reports unknown contact types and age groups with the JSON path', () => {
    try {
      parseRateSet({
        ...valid,
        year: 2018,
        rules: [{ sector: 'somatik', contactType: 'ukendt', ageGroup: '90+', share: 2, cap: 1, capUnit: 'none' }],
      });
      throw new Error('expected InputError');
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([
          '$.regime',
          '$.rules[0].contactType',
          '$.rules[0].ageGroup',
          '$.rules[0].share',
          '$.rules[0].cap',
        ]),
      );
    }
  });
});

describe('preventable admissions (docs/reference/cofinancing.md §5)', () => {
  it('refuses empty code lists, naming the group', () => {
    expect(() => preventableAdmissions([], 1000, EMPTY_PREVENTABLE_CODE_LISTS)).toThrow(MissingParameterError);
    expect(() => preventableAdmissions([], 1000, EMPTY_PREVENTABLE_CODE_LISTS)).toThrow(/icd10Codes\[dehydrering\]/);
  });
  it('counts 65+ admissions per 1,000 citizens aged 65+, by group', () => {
    // Placeholder codes for the test only: the real lists come from eSundhed.
    const lists = Object.fromEntries(
      PREVENTABLE_GROUPS.map((g, i) => [g, [`TEST${i}`]]),
    ) as unknown as PreventableCodeLists;
    const r = preventableAdmissions(
      [
        { age: 70, actionDiagnosis: 'test0a' },
        { age: 64, actionDiagnosis: 'TEST0' },
        { age: 90, actionDiagnosis: 'TEST8' },
        { age: 80, actionDiagnosis: 'X' },
      ],
      2000,
      lists,
    );
    expect(r.total).toBe(2);
    expect(r.ratePer1000).toBe(1);
    expect(r.byGroup.dehydrering).toEqual({ count: 1, ratePer1000: 0.5 });
    expect(r.byGroup.tryksaar.count).toBe(1);
  });
});
