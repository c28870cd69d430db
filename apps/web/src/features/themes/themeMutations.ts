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

export const UPDATE_THEME_MUTATION: TypedDocumentNode<{ updateTheme: ThemeDetailData }, { id: string; input: ThemeInputVars }> = gql`
  mutation UpdateTheme($id: ID!, $input: ThemeInput!) {
    updateTheme(id: $id, input: $input) {
      ...ThemeDetailFields
    }
  }
  ${THEME_DETAIL_FIELDS}
`;

export const CREATE_MILESTONE_MUTATION: TypedDocumentNode<{ createMilestone: MilestoneData }, { themeId: string; input: MilestoneInputVars }> = gql`
  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {
    createMilestone(themeId: $themeId, input: $input) {
      ...MilestoneFields
    }
  }
  ${MILESTONE_FIELDS}
`;

export const UPDATE_MILESTONE_MUTATION: TypedDocumentNode<{ updateMilestone: MilestoneData }, { id: string; input: MilestoneInputVars }> = gql`
  mutation UpdateMilestone($id: ID!, $input: MilestoneInput!) {
    updateMilestone(id: $id, input: $input) {
      ...MilestoneFields
    }
  }
  ${MILESTONE_FIELDS}
`;

export const DELETE_MILESTONE_MUTATION: TypedDocumentNode<{ deleteMilestone: boolean }, { id: string }> = gql`
  mutation DeleteMilestone($id: ID!) {
    deleteMilestone(id: $id)
  }
`;

export const CREATE_BUDGET_LINE_MUTATION: TypedDocumentNode<{ createBudgetLine: BudgetLineData }, { themeId: string; input: BudgetLineInputVars }> = gql`
  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {
    createBudgetLine(themeId: $themeId, input: $input) {
      ...BudgetLineFields
    }
  }
  ${BUDGET_LINE_FIELDS}
`;

export const UPDATE_BUDGET_LINE_MUTATION: TypedDocumentNode<{ updateBudgetLine: BudgetLineData }, { id: string; input: BudgetLineInputVars }> = gql`
  mutation UpdateBudgetLine($id: ID!, $input: BudgetLineInput!) {
    updateBudgetLine(id: $id, input: $input) {
      ...BudgetLineFields
    }
  }
  ${BUDGET_LINE_FIELDS}
`;

export const DELETE_BUDGET_LINE_MUTATION: TypedDocumentNode<{ deleteBudgetLine: boolean }, { id: string }> = gql`
  mutation DeleteBudgetLine($id: ID!) {
    deleteBudgetLine(id: $id)
  }
`;
