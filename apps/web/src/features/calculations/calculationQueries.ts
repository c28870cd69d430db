// Operations of the "Beregninger" page and their result types, mirroring
// apps/api/src/features/calculations/calculations.graphql field by field.
import { gql, type TypedDocumentNode } from '@apollo/client';

/** A JSON object as the JSON scalar carries it. */
export type JsonObject = { [key: string]: unknown };

export interface BusinessCaseExampleData {
  __typename?: 'BusinessCaseExample';
  id: string;
  name: string;
  description: string;
  scenario: JsonObject;
}

export interface BusinessCaseYearData {
  year: number;
  gains: number;
  costs: number;
  net: number;
  discountedNet: number;
  cumulativeNet: number;
  cumulativeDiscountedNet: number;
}

export interface BusinessCaseResultData {
  pvGains: number;
  pvCosts: number;
  npv: number;
  bcr: number | null;
  netRoi: number | null;
  successes: number;
  payback: { undiscounted: number | null; discounted: number | null };
  breakEven: { successes: number | null; netSuccessRate: number | null; grossSuccessRate: number | null };
  byBearer: { bearer: string; pvGains: number; pvCosts: number; npv: number; shareOfGains: number | null }[];
  years: BusinessCaseYearData[];
  tornado: { parameter: string; low: number; high: number; npvLow: number; npvHigh: number; swing: number }[];
  monteCarlo: {
    draws: number;
    seed: number;
    mean: number;
    probabilityPositive: number;
    percentiles: { p5: number; p10: number; p25: number; p50: number; p75: number; p90: number; p95: number };
  } | null;
  defaultsApplied: string[];
}

export const BUSINESS_CASE_EXAMPLES_QUERY: TypedDocumentNode<
  { businessCaseExamples: BusinessCaseExampleData[] },
  Record<string, never>
> = gql`
  query BusinessCaseExamples {
    businessCaseExamples {
      id
      name
      description
      scenario
    }
  }
`;

export const BUSINESS_CASE_QUERY: TypedDocumentNode<
  { businessCase: BusinessCaseResultData },
  { scenario: JsonObject }
> = gql`
  query BusinessCase($scenario: JSON!) {
    businessCase(scenario: $scenario) {
      pvGains
      pvCosts
      npv
      bcr
      netRoi
      successes
      payback {
        undiscounted
        discounted
      }
      breakEven {
        successes
        netSuccessRate
        grossSuccessRate
      }
      byBearer {
        bearer
        pvGains
        pvCosts
        npv
        shareOfGains
      }
      years {
        year
        gains
        costs
        net
        discountedNet
        cumulativeNet
        cumulativeDiscountedNet
      }
      tornado {
        parameter
        low
        high
        npvLow
        npvHigh
        swing
      }
      monteCarlo {
        draws
        seed
        mean
        probabilityPositive
        percentiles {
          p5
          p10
          p25
          p50
          p75
          p90
          p95
        }
      }
      defaultsApplied
    }
  }
`;

export type RateStatus = 'confirmed' | 'approximate' | 'missing';

export interface CofinancingRuleData {
  sector: string;
  contactType: string;
  ageGroup: string;
  share: number | null;
  cap: number | null;
  capUnit: string;
  shareStatus: RateStatus;
  capStatus: RateStatus;
  source: string;
  note: string | null;
}

export interface CofinancingRateSetData {
  __typename?: 'CofinancingRateSet';
  id: string;
  regime: string;
  year: number | null;
  source: string;
  note: string | null;
  rules: CofinancingRuleData[];
}

export const COFINANCING_RATE_SETS_QUERY: TypedDocumentNode<
  { cofinancingRateSets: CofinancingRateSetData[] },
  Record<string, never>
> = gql`
  query CofinancingRateSets {
    cofinancingRateSets {
      id
      regime
      year
      source
      note
      rules {
        sector
        contactType
        ageGroup
        share
        cap
        capUnit
        shareStatus
        capStatus
        source
        note
      }
    }
  }
`;

export interface KeyedAmountData {
  key: string;
  amount: number;
}

export type Breakdown = 'byAgeGroup' | 'bySector' | 'byContactType';

export interface CofinancingResultData extends Record<Breakdown, KeyedAmountData[]> {
  rateSetId: string;
  regime: string;
  shadow: boolean;
  total: number;
  contacts: number;
  separateLedger: { total: number };
  excludedContacts: number;
  paid: { total: number };
  approximateRules: string[];
}

export interface CofinancingSimulationData {
  rows: number;
  base: CofinancingResultData;
  compare: CofinancingResultData | null;
  difference: ({ total: number } & Record<Breakdown, KeyedAmountData[]>) | null;
}

export interface CofinancingSimulationVariables {
  ratesId: string;
  compareRatesId: string | null;
  activityCsv: string;
}

export const COFINANCING_SIMULATION_QUERY: TypedDocumentNode<
  { cofinancingSimulation: CofinancingSimulationData },
  CofinancingSimulationVariables
> = gql`
  fragment CofinancingResultFields on CofinancingResult {
    rateSetId
    regime
    shadow
    total
    contacts
    byAgeGroup {
      key
      amount
    }
    bySector {
      key
      amount
    }
    byContactType {
      key
      amount
    }
    separateLedger {
      total
    }
    excludedContacts
    paid {
      total
    }
    approximateRules
  }
  query CofinancingSimulation($ratesId: ID!, $compareRatesId: ID, $activityCsv: String!) {
    cofinancingSimulation(ratesId: $ratesId, compareRatesId: $compareRatesId, activityCsv: $activityCsv) {
      rows
      base {
        ...CofinancingResultFields
      }
      compare {
        ...CofinancingResultFields
      }
      difference {
        total
        byAgeGroup {
          key
          amount
        }
        bySector {
          key
          amount
        }
        byContactType {
          key
          amount
        }
      }
    }
  }
`;
