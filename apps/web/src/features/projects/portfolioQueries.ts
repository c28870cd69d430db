import { graphql } from '../../__generated__';
import type { ProjectPortfolioQuery, ProjectFormFieldsFragment } from '../../__generated__/graphql';

export type PortfolioRow = ProjectPortfolioQuery['projectPortfolio']['items'][number];
/** A project as the edit, close and move forms read it (with its version, ADR 016). */
export type EditableProject = ProjectFormFieldsFragment;

/** One page of the portfolio with the columns of the list at /projekter. */
export const PROJECT_PORTFOLIO_QUERY = graphql(`
  query ProjectPortfolio($filter: PortfolioFilter, $first: Int, $offset: Int) {
    projectPortfolio(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        name
        status
        closedOn
        theme {
          id
          code
          title
        }
        ownerUnit {
          id
          name
        }
        latestStatusReport {
          id
          colour
          colourLabel
          quarterLabel
        }
        missingStatusReport {
          label
        }
        lateMilestoneCount
        budgetLines {
          id
          year
          amountKr
        }
      }
    }
  }
`);

export const PROJECT_FORM_FIELDS = graphql(`
  fragment ProjectFormFields on Project {
    id
    name
    description
    status
    purpose
    purposeSource {
      ...SourceFields
    }
    targetGroup
    targetGroupSource {
      ...SourceFields
    }
    theme {
      id
    }
    ownerUnit {
      id
      name
    }
    startDate
    endDate
    closedOn
    closedReason
    evaluationMethod
    evaluationResult
    evaluationDate
    evaluationUrl
    evaluationSource {
      ...SourceFields
    }
    source {
      ...SourceFields
    }
    version
  }
`);

/** The project the edit, close and move forms change. */
export const PROJECT_FORM_QUERY = graphql(`
  query ProjectForm($id: ID!) {
    project(id: $id) {
      ...ProjectFormFields
    }
  }
`);
