import { graphql } from '../../__generated__';
import type { ThemeDetailFieldsFragment, ThemesQuery } from '../../__generated__/graphql';

export type ThemeSummaryData = ThemesQuery['themes'][number];
/** The theme page's theme; it and the rows the page edits carry their version (ADR 016). */
export type ThemeDetailData = ThemeDetailFieldsFragment;
export type VersionedMilestone = ThemeDetailFieldsFragment['milestones'][number];
export type VersionedBudgetLine = ThemeDetailFieldsFragment['budgetLines'][number];

export const THEMES_QUERY = graphql(`
  query Themes {
    themes {
      id
      code
      title
      kind
      status
      timeFrame
    }
  }
`);

export const THEME_DETAIL_FIELDS = graphql(`
  fragment ThemeDetailFields on Theme {
    id
    code
    title
    kind
    status
    timeFrame
    description
    updatedAt
    version
    responsibleUnits {
      id
      name
      kind
    }
    milestones {
      ...MilestoneFields
      completedOn
      version
      timeliness
      timelinessLabel
    }
    budgetLines {
      ...BudgetLineFields
      version
    }
    source {
      ...SourceFields
    }
  }
`);

export const THEME_QUERY = graphql(`
  query Theme($id: ID!) {
    theme(id: $id) {
      ...ThemeDetailFields
    }
  }
`);

/** The field-level history of a theme, its milestones and budget lines (fetched apart, refreshed after saves). */
export const THEME_HISTORY_QUERY = graphql(`
  query ThemeHistory($id: ID!) {
    theme(id: $id) {
      id
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
    }
  }
`);
