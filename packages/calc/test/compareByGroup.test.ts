// Theme F on stored data: the same rows priced under two rate sets; a missing rate blanks only the cells
// whose contacts need it (hand-computed figures).
import { compareByGroup } from '../src/cofinancing/compareByGroup';
import { AGE_GROUPS, CONTACT_TYPES, SECTORS, type RateRule, type RateSet } from '../src/cofinancing/types';

const code = { s: (x: string) => SECTORS.indexOf(x as never), c: (x: string) => CONTACT_TYPES.indexOf(x as never) };
const age = (x: string) => AGE_GROUPS.indexOf(x as never);
const rule = (
  contactType: RateRule['contactType'],
  ageGroup: RateRule['ageGroup'],
  share: number | null,
  cap: number | null,
  approx = false,
): RateRule => ({
  sector: contactType === 'almen_laege' ? 'praksis' : 'somatik',
  contactType,
  ageGroup,
  share,
  cap,
  capUnit: cap === null && share !== null ? 'none' : 'perAdmission',
  shareStatus: share === null ? 'missing' : 'confirmed',
  capStatus: approx ? 'approximate' : 'confirmed',
  source: 'test',
});
const set = (id: string, rules: RateRule[]): RateSet => ({ id, regime: 'flat2012', year: null, source: 'test', rules });

const flat = set('flat', [rule('stationaer', 'all', 0.34, 15_000, true), rule('almen_laege', 'all', 0.1, null)]);
// The age set knows 80+ admissions (56 %, cap 31.029) and general practice for all, but not 3-64 admissions.
const aged = set('age', [
  rule('stationaer', '80+', 0.56, 31_029),
  rule('stationaer', '3-64', null, null),
  rule('almen_laege', 'all', 0.18, null),
]);

const rows = [
  { sector: code.s('somatik'), contactType: code.c('stationaer'), ageGroup: age('80+'), count: 2, tariff: 60_000 },
  { sector: code.s('somatik'), contactType: code.c('stationaer'), ageGroup: age('3-64'), count: 1, tariff: 30_000 },
  { sector: code.s('praksis'), contactType: code.c('almen_laege'), ageGroup: age('80+'), count: 100, tariff: 150 },
  // Outside KMF: left out.
  { sector: code.s('somatik'), contactType: code.c('hospice'), ageGroup: age('80+'), count: 5, tariff: 1_000 },
];

test('each cell is priced under both sets; a missing rate blanks only the cells that need it', () => {
  const cells = compareByGroup(rows, flat, aged);
  const find = (dimension: string, key: string) => cells.find((c) => c.dimension === dimension && c.key === key)!;
  // 80+: flat 2 × min(20.400, 15.000) + 100 × 15 = 31.500 (30.000 approximate); age 2 × 31.029 + 100 × 27 = 64.758.
  expect(find('ageGroup', '80+')).toEqual({
    dimension: 'ageGroup',
    key: '80+',
    contacts: 102,
    base: { amount: 31_500, approximate: 30_000, missingContacts: 0 },
    alternative: { amount: 64_758, approximate: 0, missingContacts: 0 },
    difference: 33_258,
  });
  // 3-64 needs the missing age share: "ikke beregnet" on the age side, no difference.
  expect(find('ageGroup', '3-64')).toMatchObject({
    base: { amount: 10_200, missingContacts: 0 },
    alternative: { amount: 0, missingContacts: 1 },
    difference: null,
  });
  expect(find('contactType', 'almen_laege').difference).toBe(2_700 - 1_500);
  expect(find('sector', 'somatik').difference).toBeNull();
  expect(find('total', '').alternative.missingContacts).toBe(1);
  expect(find('total', '').contacts).toBe(103);
  expect(cells.some((c) => c.key === 'hospice')).toBe(false);
});
