import type { ApolloCache } from '@apollo/client';
import { graphql } from '../../__generated__';

export const CREATE_PROJECT_MUTATION = graphql(`
  mutation CreateProject($input: ProjectInput!) {
    createProject(input: $input) {
      ...ProjectFormFields
    }
  }
`);

export const UPDATE_PROJECT_MUTATION = graphql(`
  mutation UpdateProject($id: ID!, $version: Int!, $input: ProjectInput!) {
    updateProject(id: $id, version: $version, input: $input) {
      ...ProjectFormFields
    }
  }
`);

export const CLOSE_PROJECT_MUTATION = graphql(`
  mutation CloseProject($id: ID!, $version: Int!, $input: CloseProjectInput!) {
    closeProject(id: $id, version: $version, input: $input) {
      ...ProjectFormFields
    }
  }
`);

export const MOVE_PROJECT_MUTATION = graphql(`
  mutation MoveProject($id: ID!, $version: Int!, $input: MoveProjectInput!) {
    moveProject(id: $id, version: $version, input: $input) {
      ...ProjectFormFields
      ownership {
        id
        orgUnit {
          id
          name
        }
        fromDate
        toDate
        note
      }
    }
  }
`);

/**
 * After a project is created, changed, closed or moved, the cached portfolio pages, the project's page
 * and the overview may be stale: drop them so the next visit fetches them again.
 */
export function forgetPortfolio(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'projectPortfolio' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'attentionItems' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
  cache.gc();
}
