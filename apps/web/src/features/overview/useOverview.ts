import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { SOURCE_FIELDS } from '../../graphql/sourceFields';
import { BODY_FIELDS, BUDGET_LINE_FIELDS, GRANT_FIELDS, MILESTONE_FIELDS } from './fragments';
import type { OverviewData } from './overviewTypes';

/** The cluster grants the director follows: the 2023 decisions of Politisk Sundhedsklynge Syd. */
export const OVERVIEW_GRANT_YEAR = 2023;

export const OVERVIEW_QUERY: TypedDocumentNode<OverviewData, { grantYear: number }> = gql`
  query Overview($grantYear: Int!) {
    overview {
      municipality {
        id
        name
      }
      themes {
        id
        code
        title
        kind
        status
        timeFrame
        milestones {
          ...MilestoneFields
        }
        budgetLines {
          ...BudgetLineFields
        }
        source {
          ...SourceFields
        }
      }
      bodies {
        ...BodyFields
      }
      clusters {
        id
        name
        grants(year: $grantYear) {
          ...GrantFields
        }
      }
    }
  }
  ${MILESTONE_FIELDS}
  ${BUDGET_LINE_FIELDS}
  ${BODY_FIELDS}
  ${GRANT_FIELDS}
  ${SOURCE_FIELDS}
`;

/** The director's overview of the signed-in account's municipality. */
export function useOverview() {
  return useQuery(OVERVIEW_QUERY, { variables: { grantYear: OVERVIEW_GRANT_YEAR } });
}
