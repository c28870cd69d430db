import { gql, type TypedDocumentNode } from '@apollo/client';
import type { OrgUnitKind, SourceData, ThemeKind, WorkStatus } from '../../graphql/schemaTypes';
import { SOURCE_FIELDS } from '../../graphql/sourceFields';
import { BUDGET_LINE_FIELDS, MILESTONE_FIELDS } from '../overview/fragments';
import type { BudgetLineData, MilestoneData } from '../overview/overviewTypes';

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
  source: SourceData | null;
}

export const THEMES_QUERY: TypedDocumentNode<{ themes: ThemeSummaryData[] }, Record<string, never>> = gql`
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
`;

export const THEME_DETAIL_FIELDS = gql`
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
  ${MILESTONE_FIELDS}
  ${BUDGET_LINE_FIELDS}
  ${SOURCE_FIELDS}
`;

export const THEME_QUERY: TypedDocumentNode<{ theme: ThemeDetailData | null }, { id: string }> = gql`
  query Theme($id: ID!) {
    theme(id: $id) {
      ...ThemeDetailFields
    }
  }
  ${THEME_DETAIL_FIELDS}
`;
