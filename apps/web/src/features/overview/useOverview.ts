import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';

/** The cluster grants the director follows: the 2023 decisions of Politisk Sundhedsklynge Syd. */
export const OVERVIEW_GRANT_YEAR = 2023;

export const OVERVIEW_QUERY = graphql(`
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
        lateMilestoneCount
        milestones {
          ...MilestoneFields
          timeliness
          timelinessLabel
          completedOn
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
`);

/** The director's overview of the signed-in account's municipality. */
export function useOverview() {
  return useQuery(OVERVIEW_QUERY, { variables: { grantYear: OVERVIEW_GRANT_YEAR } });
}
