import { graphql } from '../../__generated__';
import type { QuarterlyReportQuery } from '../../__generated__/graphql';

export type QuarterlyReportData = QuarterlyReportQuery['quarterlyReport'];

export const QUARTERLY_REPORT_QUERY = graphql(`
  query QuarterlyReport($year: Int!, $quarter: Int!) {
    quarterlyReport(year: $year, quarter: $quarter) {
      year
      quarter
      quarterLabel
      title
      periodStart
      periodEnd
      asOf
      themes {
        id
        code
        title
        statusLabel
        dueCount
        lateCount
        doneCount
        footnote
        milestones {
          ...ReportMilestoneFields
        }
      }
      projects {
        id
        name
        ownerUnitName
        statusLabel
        reportMissing
        lateMilestoneCount
        footnote
        statusReport {
          colour
          colourLabel
          text
          authorName
          reportedAt
          footnote
        }
        milestones {
          ...ReportMilestoneFields
        }
      }
      lateItems {
        id
        kind
        kindLabel
        title
        date
        route
        footnote
      }
      indicators {
        id
        projectName
        name
        unit
        baseline
        target
        periodLabel
        value
        footnote
        targetFootnote
      }
      budget {
        id
        ownerLabel
        description
        amountKr
        actualKr
        differenceKr
        footnote
        actualFootnote
      }
      budgetTotal {
        amountKr
        actualKr
        differenceKr
        footnote
      }
      footnotes {
        number
        text
        url
      }
    }
  }

  fragment ReportMilestoneFields on ReportMilestone {
    id
    text
    due
    timeliness
    timelinessLabel
    completedOn
    footnote
  }
`);
