import { gql, type TypedDocumentNode } from '@apollo/client';
import type { HoursUnit, WorkStatus } from '../../graphql/schemaTypes';
import { BUDGET_LINE_FIELDS, MILESTONE_FIELDS } from '../overview/fragments';
import type { BudgetLineData, MilestoneData } from '../overview/overviewTypes';
import { THEME_DETAIL_FIELDS, type ThemeDetailData } from './themeQueries';

export interface ThemeInputVars {
  title?: string;
  description?: string;
  status?: WorkStatus;
  timeFrame?: string | null;
}

export interface MilestoneInputVars {
  year: number;
  quarter?: number | null;
  date?: string | null;
  text: string;
  status?: WorkStatus;
}

export interface BudgetLineInputVars {
  year: number;
  description: string;
  amountKr?: number | null;
  staffHours?: number | null;
  hoursUnit?: HoursUnit | null;
  fundingSource?: string | null;
}

export const UPDATE_THEME_MUTATION: TypedDocumentNode<
  { updateTheme: ThemeDetailData },
  { id: string; version: number; input: ThemeInputVars }
> = gql`
  mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {
    updateTheme(id: $id, version: $version, input: $input) {
      ...ThemeDetailFields
    }
  }
  ${THEME_DETAIL_FIELDS}
`;

export const CREATE_MILESTONE_MUTATION: TypedDocumentNode<
  { createMilestone: MilestoneData },
  { themeId: string; input: MilestoneInputVars }
> = gql`
  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {
    createMilestone(themeId: $themeId, input: $input) {
      ...MilestoneFields
      version
    }
  }
  ${MILESTONE_FIELDS}
`;

export const UPDATE_MILESTONE_MUTATION: TypedDocumentNode<
  { updateMilestone: MilestoneData & { version: number } },
  { id: string; version: number; input: MilestoneInputVars }
> = gql`
  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {
    updateMilestone(id: $id, version: $version, input: $input) {
      ...MilestoneFields
      version
    }
  }
  ${MILESTONE_FIELDS}
`;

export const DELETE_MILESTONE_MUTATION: TypedDocumentNode<{ deleteMilestone: boolean }, { id: string }> = gql`
  mutation DeleteMilestone($id: ID!) {
    deleteMilestone(id: $id)
  }
`;

export const CREATE_BUDGET_LINE_MUTATION: TypedDocumentNode<
  { createBudgetLine: BudgetLineData },
  { themeId: string; input: BudgetLineInputVars }
> = gql`
  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {
    createBudgetLine(themeId: $themeId, input: $input) {
      ...BudgetLineFields
      version
    }
  }
  ${BUDGET_LINE_FIELDS}
`;

export const UPDATE_BUDGET_LINE_MUTATION: TypedDocumentNode<
  { updateBudgetLine: BudgetLineData & { version: number } },
  { id: string; version: number; input: BudgetLineInputVars }
> = gql`
  mutation UpdateBudgetLine($id: ID!, $version: Int!, $input: BudgetLineInput!) {
    updateBudgetLine(id: $id, version: $version, input: $input) {
      ...BudgetLineFields
      version
    }
  }
  ${BUDGET_LINE_FIELDS}
`;

export const DELETE_BUDGET_LINE_MUTATION: TypedDocumentNode<{ deleteBudgetLine: boolean }, { id: string }> = gql`
  mutation DeleteBudgetLine($id: ID!) {
    deleteBudgetLine(id: $id)
  }
`;
