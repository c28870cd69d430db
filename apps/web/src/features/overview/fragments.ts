import { graphql } from '../../__generated__';
import type {
  BodyFieldsFragment,
  BudgetLineFieldsFragment,
  GrantFieldsFragment,
  MilestoneFieldsFragment,
  OverviewQuery,
} from '../../__generated__/graphql';

export type MilestoneData = MilestoneFieldsFragment;
export type BudgetLineData = BudgetLineFieldsFragment;
export type BodyData = BodyFieldsFragment;
export type GrantData = GrantFieldsFragment;
export type GrantChangeData = GrantFieldsFragment['changes'][number];
export type OverviewThemeData = OverviewQuery['overview']['themes'][number];

// Fragments shared by the overview, the themes pages, organisation and cluster pages.

export const MILESTONE_FIELDS = graphql(`
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
`);

export const BUDGET_LINE_FIELDS = graphql(`
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
`);

export const BODY_FIELDS = graphql(`
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
`);

export const GRANT_FIELDS = graphql(`
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
`);
