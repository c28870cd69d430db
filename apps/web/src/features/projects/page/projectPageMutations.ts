import { graphql } from '../../../__generated__';

export const CREATE_STATUS_REPORT_MUTATION = graphql(`
  mutation CreateStatusReport($projectId: ID!, $input: StatusReportInput!) {
    createStatusReport(projectId: $projectId, input: $input) {
      ...StatusReportFields
    }
  }
`);

export const UPDATE_STATUS_REPORT_MUTATION = graphql(`
  mutation UpdateStatusReport($id: ID!, $version: Int!, $input: StatusReportInput!) {
    updateStatusReport(id: $id, version: $version, input: $input) {
      ...StatusReportFields
    }
  }
`);

export const CREATE_INDICATOR_MUTATION = graphql(`
  mutation CreateIndicator($projectId: ID!, $input: IndicatorInput!) {
    createIndicator(projectId: $projectId, input: $input) {
      ...IndicatorFields
    }
  }
`);

export const UPDATE_INDICATOR_MUTATION = graphql(`
  mutation UpdateIndicator($id: ID!, $version: Int!, $input: IndicatorInput!) {
    updateIndicator(id: $id, version: $version, input: $input) {
      ...IndicatorFields
    }
  }
`);

export const ADD_INDICATOR_VALUE_MUTATION = graphql(`
  mutation AddIndicatorValue($indicatorId: ID!, $input: IndicatorValueInput!) {
    addIndicatorValue(indicatorId: $indicatorId, input: $input) {
      ...IndicatorValueFields
    }
  }
`);

export const UPDATE_INDICATOR_VALUE_MUTATION = graphql(`
  mutation UpdateIndicatorValue($id: ID!, $version: Int!, $input: IndicatorValueInput!) {
    updateIndicatorValue(id: $id, version: $version, input: $input) {
      ...IndicatorValueFields
    }
  }
`);
