import { gql } from '@apollo/client';
import { SOURCE_FIELDS } from '../../graphql/sourceFields';

// Fragments shared by the overview, the themes pages, organisation and cluster pages.

export const MILESTONE_FIELDS = gql`
  fragment MilestoneFields on Milestone {
    id
    year
    quarter
    date
    text
    status
    source {
      ...SourceFields
    }
  }
  ${SOURCE_FIELDS}
`;

export const BUDGET_LINE_FIELDS = gql`
  fragment BudgetLineFields on BudgetLine {
    id
    year
    description
    amountKr
    staffHours
    hoursUnit
    fundingSource
    source {
      ...SourceFields
    }
  }
  ${SOURCE_FIELDS}
`;

export const BODY_FIELDS = gql`
  fragment BodyFields on Body {
    id
    name
    kind
    ownerName
    mandate
    tasks
    meetingCadence
    timeCost
    members {
      id
      role
      name
      function
    }
    source {
      ...SourceFields
    }
  }
  ${SOURCE_FIELDS}
`;

export const GRANT_FIELDS = gql`
  fragment GrantFields on Grant {
    id
    area
    title
    purpose
    targetGroup
    year
    amountKr
    hostMunicipality {
      id
      name
    }
    posts
    changes {
      id
      previousAmountKr
      newAmountKr
      effectiveDate
      note
      agendaItem {
        id
        number
        title
        meeting {
          id
          date
        }
      }
      source {
        ...SourceFields
      }
    }
    source {
      ...SourceFields
    }
  }
  ${SOURCE_FIELDS}
`;
