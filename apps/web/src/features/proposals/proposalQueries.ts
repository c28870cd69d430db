// Operations of the proposals pages (issue 14); their result types are generated from the schema (ADR 021).
import { graphql } from '../../__generated__';
import type { ProposalQuery, PricesQuery } from '../../__generated__/graphql';

export type PriceIndexData = PricesQuery['priceIndexes'][number];
export type ProposalData = NonNullable<ProposalQuery['proposal']>;
export type SavedCaseData = ProposalData['businessCases'][number];
export type PriceData = PricesQuery['prices'][number];

export const PROPOSALS_QUERY = graphql(`
  query Proposals {
    proposals {
      id
      title
      stage
      stageLabel
      updatedAt
      responsibleUnit {
        id
        name
      }
    }
  }
`);

export const PROPOSAL_FORM_OPTIONS_QUERY = graphql(`
  query ProposalFormOptions {
    orgUnits {
      id
      name
      kind
    }
  }
`);

export const PROPOSAL_QUERY = graphql(`
  query Proposal($id: ID!) {
    proposal(id: $id) {
      id
      title
      need
      needEvidence
      needSource {
        ...SourceFields
      }
      targetGroup
      responsibleUnit {
        id
        name
      }
      stage
      stageLabel
      statusNote
      allowedNextStages
      project {
        id
        name
      }
      offers {
        id
        name
      }
      linkedProjects {
        id
        name
      }
      treatments {
        agendaItemId
        meetingId
        bodyName
        meetingTitle
        date
        number
        title
        outcomeLabel
        decision
      }
      stageChanges {
        id
        toStage
        toStageLabel
        date
        bodyName
        decisionText
        userName
        treatment {
          agendaItemId
          meetingId
          number
          title
        }
        source {
          ...SourceFields
        }
      }
      comments {
        id
        text
        authorName
        createdAt
        replyToId
        answeredAt
      }
      businessCases {
        id
        name
        template
        templateLabel
        paybackText
        rerunReason
        rerunAt
        version
        result {
          ...BusinessCaseResultFields
        }
        previousResult {
          npv
          pvGains
          pvCosts
          bcr
        }
        realised {
          indicator {
            id
            name
          }
          choices {
            id
            name
            unit
          }
          startYear
          factor
          realisedGrossSuccessRatePercent
          note
          years {
            year
            caseYear
            expected
            realised
          }
          realisedResult {
            npv
          }
        }
        versions {
          id
          number
          reason
          userName
          createdAt
          assumptions
        }
      }
      version
    }
  }
`);

export const CREATE_PROPOSAL = graphql(`
  mutation CreateProposal($input: ProposalInput!) {
    createProposal(input: $input) {
      id
    }
  }
`);

export const UPDATE_PROPOSAL = graphql(`
  mutation UpdateProposal($id: ID!, $version: Int!, $input: ProposalInput!) {
    updateProposal(id: $id, version: $version, input: $input) {
      id
      version
    }
  }
`);

export const PROPOSAL_OFFER_OPTIONS = graphql(`
  query ProposalOfferOptions($search: String!) {
    proposalOfferOptions(search: $search, first: 10) {
      id
      name
    }
  }
`);

export const PROPOSAL_PROJECT_OPTIONS = graphql(`
  query ProposalProjectOptions($search: String!) {
    proposalProjectOptions(search: $search, first: 10) {
      id
      name
    }
  }
`);

export const CHANGE_STAGE = graphql(`
  mutation ChangeProposalStage($id: ID!, $version: Int!, $input: StageChangeInput!) {
    changeProposalStage(id: $id, version: $version, input: $input) {
      id
      version
      stage
    }
  }
`);

export const COMMENT_PROPOSAL = graphql(`
  mutation CommentProposal($id: ID!, $text: String!, $replyToId: ID) {
    commentProposal(id: $id, text: $text, replyToId: $replyToId) {
      id
    }
  }
`);

export const CREATE_CASE = graphql(`
  mutation CreateSavedBusinessCase(
    $proposalId: ID
    $name: String!
    $input: BusinessCaseAssumptionsInput!
    $reason: String!
  ) {
    createSavedBusinessCase(proposalId: $proposalId, name: $name, input: $input, reason: $reason) {
      id
    }
  }
`);

export const SAVE_CASE_VERSION = graphql(`
  mutation SaveBusinessCaseVersion($id: ID!, $version: Int!, $input: BusinessCaseAssumptionsInput!, $reason: String!) {
    saveBusinessCaseVersion(id: $id, version: $version, input: $input, reason: $reason) {
      id
      version
    }
  }
`);

export const COMPARE_VERSIONS = graphql(`
  query CompareBusinessCaseVersions($id: ID!, $a: Int!, $b: Int!) {
    compareBusinessCaseVersions(id: $id, a: $a, b: $b) {
      inputs {
        key
        label
        a
        b
      }
      results {
        key
        label
        a
        b
      }
    }
  }
`);

export const BODIES_FOR_STAGES = graphql(`
  query ProposalBodies {
    bodies {
      id
      name
      kind
    }
  }
`);

export const PRICES_QUERY = graphql(`
  query Prices {
    prices {
      id
      name
      unit
      amountKr
      missing
      year
      bearer
      bearerLabel
      note
      version
      source {
        ...SourceFields
      }
    }
    priceIndexes {
      id
      name
      baseYear
      points {
        year
        value
      }
      source {
        ...SourceFields
      }
      version
    }
  }
`);

export const CREATE_PRICE_INDEX = graphql(`
  mutation CreatePriceIndex($input: PriceIndexInput!) {
    createPriceIndex(input: $input) {
      id
    }
  }
`);

export const UPDATE_PRICE_INDEX = graphql(`
  mutation UpdatePriceIndex($id: ID!, $version: Int!, $input: PriceIndexInput!) {
    updatePriceIndex(id: $id, version: $version, input: $input) {
      rerun
      moved {
        businessCaseId
        name
        oldNpv
        newNpv
        change
      }
    }
  }
`);

export const UPDATE_PRICE = graphql(`
  mutation UpdatePrice($id: ID!, $version: Int!, $input: PriceInput!) {
    updatePrice(id: $id, version: $version, input: $input) {
      rerun
      moved {
        businessCaseId
        name
        oldNpv
        newNpv
        change
      }
    }
  }
`);

export const CREATE_PRICE = graphql(`
  mutation CreatePrice($input: PriceInput!) {
    createPrice(input: $input) {
      id
    }
  }
`);

export const FOLLOW_INDICATOR = graphql(`
  mutation FollowBusinessCaseIndicator($id: ID!, $version: Int!, $indicatorId: ID) {
    followBusinessCaseIndicator(id: $id, version: $version, indicatorId: $indicatorId) {
      id
      version
    }
  }
`);
