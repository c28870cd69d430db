import { graphql } from '../../../__generated__';
import type { ProjectDetailQuery } from '../../../__generated__/graphql';

/** The project page's project (null when it does not exist or the caller may not see it). */
export type ProjectDetailData = NonNullable<ProjectDetailQuery['project']>;
export type ProjectMilestoneData = ProjectDetailData['milestones'][number];
export type ProjectBudgetLineData = ProjectDetailData['budgetLines'][number];
export type StatusReportData = ProjectDetailData['statusReports'][number];
export type IndicatorData = ProjectDetailData['indicators'][number];
export type IndicatorValueData = IndicatorData['values'][number];

export const PROJECT_MILESTONE_FIELDS = graphql(`
  fragment ProjectMilestoneFields on Milestone {
    ...MilestoneFields
    completedOn
    timeliness
    timelinessLabel
    version
  }
`);

export const PROJECT_BUDGET_LINE_FIELDS = graphql(`
  fragment ProjectBudgetLineFields on BudgetLine {
    ...BudgetLineFields
    actualKr
    actualSource {
      ...SourceFields
    }
    overBudget
    version
  }
`);

export const STATUS_REPORT_FIELDS = graphql(`
  fragment StatusReportFields on StatusReport {
    id
    year
    quarter
    quarterLabel
    colour
    colourLabel
    text
    authorName
    reportedAt
    source {
      ...SourceFields
    }
    version
  }
`);

export const INDICATOR_VALUE_FIELDS = graphql(`
  fragment IndicatorValueFields on IndicatorValue {
    id
    periodYear
    periodQuarter
    periodLabel
    value
    note
    source {
      ...SourceFields
    }
    enteredByName
    enteredAt
    version
  }
`);

export const INDICATOR_FIELDS = graphql(`
  fragment IndicatorFields on Indicator {
    id
    name
    unit
    baseline
    target
    source {
      ...SourceFields
    }
    values {
      ...IndicatorValueFields
    }
    version
  }
`);

export const PROJECT_DETAIL_QUERY = graphql(`
  query ProjectDetail($id: ID!) {
    project(id: $id) {
      id
      name
      description
      status
      purpose
      purposeSource {
        ...SourceFields
      }
      targetGroup
      targetGroupSource {
        ...SourceFields
      }
      theme {
        id
        code
        title
      }
      ownerUnit {
        id
        name
      }
      ownership {
        id
        orgUnit {
          id
          name
        }
        fromDate
        toDate
        note
        source {
          ...SourceFields
        }
      }
      offers {
        id
        name
      }
      milestones {
        ...ProjectMilestoneFields
      }
      budgetLines {
        ...ProjectBudgetLineFields
      }
      statusReports {
        ...StatusReportFields
      }
      latestStatusReport {
        id
        colour
        colourLabel
        quarterLabel
      }
      indicators {
        ...IndicatorFields
      }
      startDate
      endDate
      closedOn
      closedReason
      evaluationMethod
      evaluationResult
      evaluationDate
      evaluationUrl
      evaluationSource {
        ...SourceFields
      }
      lateMilestoneCount
      missingStatusReport {
        year
        quarter
        label
      }
      missingFacts
      changes {
        id
        changedAt
        userName
        action
        actionLabel
        recordType
        recordLabel
        recordId
        field
        label
        oldValue
        newValue
        version
      }
      source {
        ...SourceFields
      }
      updatedAt
      version
    }
  }
`);
