// Answers shaped like the API's (with __typename, as Apollo's cache expects), for the page's tests.
import type {
  BusinessCaseResultData,
  CofinancingRateSetData,
  CofinancingRuleData,
  CofinancingSimulationData,
  KeyedAmountData,
} from './calculationQueries';

export const businessCaseResult: BusinessCaseResultData = {
  __typename: 'BusinessCaseResult',
  pvGains: 1_484_567.4,
  pvCosts: 250_000,
  npv: 1_234_567.4,
  bcr: 5.938,
  netRoi: 4.938,
  successes: 25.2,
  payback: { __typename: 'Payback', undiscounted: 2.5, discounted: null },
  breakEven: { __typename: 'BreakEven', successes: 4.24, netSuccessRate: 0.0707, grossSuccessRate: 0.168 },
  byBearer: [
    {
      __typename: 'BusinessCaseBearer',
      bearer: 'kommune',
      pvGains: 1_000_000,
      pvCosts: 250_000,
      npv: 750_000,
      shareOfGains: 0.674,
    },
    {
      __typename: 'BusinessCaseBearer',
      bearer: 'region',
      pvGains: 484_567.4,
      pvCosts: 0,
      npv: 484_567.4,
      shareOfGains: 0.326,
    },
  ],
  years: [
    {
      __typename: 'BusinessCaseYear',
      year: 0,
      gains: 0,
      costs: 250_000,
      net: -250_000,
      discountedNet: -250_000,
      cumulativeNet: -250_000,
      cumulativeDiscountedNet: -250_000,
    },
    {
      __typename: 'BusinessCaseYear',
      year: 1,
      gains: 100_000,
      costs: 0,
      net: 100_000,
      discountedNet: 96_618.36,
      cumulativeNet: -150_000,
      cumulativeDiscountedNet: -153_381.64,
    },
  ],
  tornado: [
    {
      __typename: 'TornadoRow',
      parameter: 'grossSuccessRate',
      low: 0.8,
      high: 1,
      npvLow: 37_255.65,
      npvHigh: 109_069.57,
      swing: 71_813.91,
    },
  ],
  monteCarlo: null,
  defaultsApplied: ['engagementRate = 1'],
};

export const flatRates: CofinancingRateSetData = {
  __typename: 'CofinancingRateSet',
  id: 'flat2012-regionh',
  regime: 'flat2012',
  year: null,
  source: 'Region Hovedstaden, Municipal co-financing',
  note: 'Andele bekræftet; lofter omtrentlige.',
  rules: (
    [
      {
        sector: 'somatik',
        contactType: 'stationaer',
        ageGroup: 'all',
        share: 0.34,
        cap: 15000,
        capUnit: 'perAdmission',
        shareStatus: 'confirmed',
        capStatus: 'approximate',
        source: 'Region H',
        note: '"just about DKK 15,000"',
      },
      {
        sector: 'praksis',
        contactType: 'fysioterapi',
        ageGroup: 'all',
        share: null,
        cap: null,
        capUnit: 'perVisit',
        shareStatus: 'missing',
        capStatus: 'missing',
        source: 'Region H',
        note: null,
      },
    ] satisfies Omit<CofinancingRuleData, '__typename'>[]
  ).map((rule): CofinancingRuleData => ({ __typename: 'CofinancingRule', ...rule })),
};

export const ageRates: CofinancingRateSetData = {
  ...flatRates,
  id: 'age2018-regionh',
  regime: 'age2018',
  note: null,
  rules: flatRates.rules.slice(0, 1),
};

const keyed = (pairs: [string, number][]): KeyedAmountData[] =>
  pairs.map(([key, amount]) => ({ __typename: 'KeyedAmount', key, amount }));
const resultFor = (
  rateSetId: string,
  regime: CofinancingSimulationData['base']['regime'],
): CofinancingSimulationData['base'] => ({
  __typename: 'CofinancingResult',
  rateSetId,
  regime,
  shadow: false,
  total: 154_000,
  contacts: 155,
  byAgeGroup: keyed([
    ['65-79', 122_400],
    ['80+', 31_600],
  ]),
  bySector: keyed([['somatik', 154_000]]),
  byContactType: keyed([['stationaer', 154_000]]),
  separateLedger: { __typename: 'SeparateLedger', total: 0 },
  excludedContacts: 0,
  paid: { __typename: 'CofinancingPaid', total: 0 },
  approximateRules: ['somatik/stationaer/all'],
});

export const simulation: CofinancingSimulationData = {
  __typename: 'CofinancingSimulation',
  rows: 2,
  base: resultFor('flat2012-regionh', 'flat2012'),
  compare: resultFor('age2018-regionh', 'age2018'),
  difference: {
    __typename: 'CofinancingDifference',
    total: 0,
    byAgeGroup: keyed([
      ['65-79', 0],
      ['80+', 0],
    ]),
    bySector: keyed([['somatik', 0]]),
    byContactType: keyed([['stationaer', 0]]),
  },
};

export const activityCsv =
  'municipality_code;year;month;sector;contact_type;age_group;activity_count;tariff_value_dkk;basis\n183;2016;1;somatik;stationaer;65-79;12;30.000,00;activity\n';
