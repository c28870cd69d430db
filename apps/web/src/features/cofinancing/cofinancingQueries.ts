// Operations of the co-financing page (/medfinansiering) and the director's card (issue 13).
import { graphql } from '../../__generated__';
import type { CofinancingOverviewQuery } from '../../__generated__/graphql';

export type CofinancingOverviewData = CofinancingOverviewQuery['cofinancingOverview'];

export const COFINANCING_OVERVIEW_QUERY = graphql(`
  query CofinancingOverview($fromYear: Int!, $toYear: Int!) {
    cofinancingOverview(fromYear: $fromYear, toYear: $toYear) {
      municipality
      populationMissing
      deviationThreshold
      settingsVersion
      byYear {
        year
        amount
        contacts
        uncomputedContacts
        perInhabitant
      }
      byMonth {
        year
        month
        amount
        contacts
        uncomputedContacts
        perInhabitant
      }
      comparisons {
        kind
        label
        note
        byYear {
          year
          perInhabitant
          municipalities
        }
      }
      breakdown {
        dimension
        key
        label
        labelSource
        amount
        contacts
        perInhabitant
        levels {
          label
          value
          municipalities
          reason
        }
      }
      paid {
        year
        month
        aconto
        settlement
        computed
      }
      preventable {
        year
        group
        label
        count
        per1000Aged65Plus
        source
        levels {
          label
          value
          municipalities
          reason
        }
      }
      preventableDefinition
      imports {
        id
        municipality
        periodFrom
        periodTo
        sourceKind
        sourceText
        fileName
        importedAt
        importedBy
        synthetic
        superseded
      }
      regimes {
        fromYear
        toYear
        regime
        label
        description
        source
      }
    }
  }
`);

export const COFINANCING_CARD_QUERY = graphql(`
  query CofinancingCard {
    cofinancingCard {
      year
      amount
      trend
      perInhabitant
      comparisonLabel
      comparisonPerInhabitant
      summary
    }
  }
`);

export const SET_COFINANCING_THRESHOLD_MUTATION = graphql(`
  mutation SetCofinancingThreshold($percent: Float!, $version: Int!) {
    setCofinancingThreshold(percent: $percent, version: $version)
  }
`);

export const COFINANCING_SET_FIELDS = graphql(`
  fragment CofinancingSetFields on CofinancingComparisonSet {
    id
    name
    note
    members
    memberCodes
    version
  }
`);

export const COFINANCING_SETS_QUERY = graphql(`
  query CofinancingComparisonSets {
    cofinancingComparisonSets {
      ...CofinancingSetFields
    }
    regions {
      id
      name
      municipalities {
        id
        code
        name
        kind
      }
    }
  }
`);

export const SAVE_COFINANCING_SET_MUTATION = graphql(`
  mutation SaveCofinancingComparisonSet($input: CofinancingComparisonSetInput!) {
    saveCofinancingComparisonSet(input: $input) {
      ...CofinancingSetFields
    }
  }
`);

export const COFINANCING_THEME_F_QUERY = graphql(`
  query CofinancingThemeF($year: Int!) {
    cofinancingThemeF(year: $year) {
      year
      baseLabel
      alternativeLabel
      note
      cells {
        dimension
        key
        label
        contacts
        flatAmount
        ageAmount
        difference
        approximateShare
        missingShare
        missingRates
      }
    }
  }
`);

export const COFINANCING_RULE_FIELDS = graphql(`
  fragment CofinancingRuleFields on CofinancingEditableRule {
    rateSetId
    sector
    contactType
    ageGroup
    label
    share
    shareStatus
    cap
    capStatus
    capUnit
    source
    note
    version
  }
`);

export const COFINANCING_RATE_SETS_QUERY = graphql(`
  query CofinancingEditableRateSets {
    cofinancingEditableRateSets {
      id
      label
      note
      rules {
        ...CofinancingRuleFields
      }
    }
  }
`);

export const SAVE_COFINANCING_RATE_RULE_MUTATION = graphql(`
  mutation SaveCofinancingRateRule($input: CofinancingEditableRuleInput!) {
    saveCofinancingRateRule(input: $input) {
      ...CofinancingRuleFields
    }
  }
`);
