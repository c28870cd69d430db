import { graphql } from '../../__generated__';
import type { OrgUnitKind, SourceFieldsFragment, ThemeKind, WorkStatus } from '../../__generated__/graphql';
import type { BudgetLineData, MilestoneData } from '../overview/fragments';

export interface ThemeSummaryData {
  __typename?: 'Theme';
  id: string;
  code: string;
  title: string;
  kind: ThemeKind;
  status: WorkStatus;
  timeFrame: string | null;
}

/** Rows the theme page edits carry their version (ADR 016). */
export type VersionedMilestone = MilestoneData & { version: number };
export type VersionedBudgetLine = BudgetLineData & { version: number };

export interface ThemeDetailData extends ThemeSummaryData {
  description: string;
  updatedAt: string;
  /** Named by every update (ADR 016). */
  version: number;
  responsibleUnits: { __typename?: 'OrgUnit'; id: string; name: string; kind: OrgUnitKind }[];
  milestones: VersionedMilestone[];
  budgetLines: VersionedBudgetLine[];
  source: SourceFieldsFragment | null;
}

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
      version
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
