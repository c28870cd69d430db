// Operations of the "Beregninger" page; their result types are generated from the schema (ADR 021).
import { graphql } from '../../__generated__';
import type {
  BusinessCaseResultFieldsFragment,
  CofinancingRateSetsQuery,
  CofinancingSimulationQuery,
  CofinancingSimulationQueryVariables,
} from '../../__generated__/graphql';

export type { RateStatus } from '../../__generated__/graphql';
export type BusinessCaseResultData = BusinessCaseResultFieldsFragment;
export type BusinessCaseYearData = BusinessCaseResultData['years'][number];
export type CofinancingRateSetData = CofinancingRateSetsQuery['cofinancingRateSets'][number];
export type CofinancingRuleData = CofinancingRateSetData['rules'][number];
export type CofinancingSimulationData = CofinancingSimulationQuery['cofinancingSimulation'];
export type CofinancingSimulationVariables = CofinancingSimulationQueryVariables;
export type KeyedAmountData = CofinancingSimulationData['base']['byAgeGroup'][number];
export type Breakdown = 'byAgeGroup' | 'bySector' | 'byContactType';

/** The result of a business case as the saved cases (features/proposals) show it. */
export const BUSINESS_CASE_RESULT_FIELDS = graphql(`
  fragment BusinessCaseResultFields on BusinessCaseResult {
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
`);

export const COFINANCING_RATE_SETS_QUERY = graphql(`
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
`);

export const COFINANCING_RESULT_FIELDS = graphql(`
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
`);

export const COFINANCING_SIMULATION_QUERY = graphql(`
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
`);
