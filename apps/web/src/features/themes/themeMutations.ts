import { graphql } from '../../__generated__';

export const UPDATE_THEME_MUTATION = graphql(`
  mutation UpdateTheme($id: ID!, $version: Int!, $input: ThemeInput!) {
    updateTheme(id: $id, version: $version, input: $input) {
      ...ThemeDetailFields
    }
  }
`);

export const CREATE_MILESTONE_MUTATION = graphql(`
  mutation CreateMilestone($themeId: ID!, $input: MilestoneInput!) {
    createMilestone(themeId: $themeId, input: $input) {
      ...MilestoneFields
      version
    }
  }
`);

export const UPDATE_MILESTONE_MUTATION = graphql(`
  mutation UpdateMilestone($id: ID!, $version: Int!, $input: MilestoneInput!) {
    updateMilestone(id: $id, version: $version, input: $input) {
      ...MilestoneFields
      version
    }
  }
`);

export const DELETE_MILESTONE_MUTATION = graphql(`
  mutation DeleteMilestone($id: ID!) {
    deleteMilestone(id: $id)
  }
`);

export const CREATE_BUDGET_LINE_MUTATION = graphql(`
  mutation CreateBudgetLine($themeId: ID!, $input: BudgetLineInput!) {
    createBudgetLine(themeId: $themeId, input: $input) {
      ...BudgetLineFields
      version
    }
  }
`);

export const UPDATE_BUDGET_LINE_MUTATION = graphql(`
  mutation UpdateBudgetLine($id: ID!, $version: Int!, $input: BudgetLineInput!) {
    updateBudgetLine(id: $id, version: $version, input: $input) {
      ...BudgetLineFields
      version
    }
  }
`);

export const DELETE_BUDGET_LINE_MUTATION = graphql(`
  mutation DeleteBudgetLine($id: ID!) {
    deleteBudgetLine(id: $id)
  }
`);

// A project's milestones and budget lines use the same forms (parent = project, on /projekter/:id).
export const CREATE_PROJECT_MILESTONE_MUTATION = graphql(`
  mutation CreateProjectMilestone($projectId: ID!, $input: MilestoneInput!) {
    createProjectMilestone(projectId: $projectId, input: $input) {
      ...ProjectMilestoneFields
    }
  }
`);

export const CREATE_PROJECT_BUDGET_LINE_MUTATION = graphql(`
  mutation CreateProjectBudgetLine($projectId: ID!, $input: BudgetLineInput!) {
    createProjectBudgetLine(projectId: $projectId, input: $input) {
      ...ProjectBudgetLineFields
    }
  }
`);
