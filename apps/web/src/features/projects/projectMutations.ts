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

/** Fields of a project the forms' answers do not carry, so its page fetches them again after a save. */
const DERIVED_FIELDS = ['changes', 'ownership', 'missingFacts', 'lateMilestoneCount', 'missingStatusReport'];

/**
 * After a project is created, changed, closed or moved, the cached portfolio pages, the attention list,
 * the overview and the project's history may be stale: drop them so the next visit fetches them again.
 */
export function forgetPortfolio(cache: ApolloCache, result?: { data?: unknown }): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'projectPortfolio' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'projects' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'attentionItems' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'quarterlyReport' });
  const data = (result?.data ?? {}) as Record<string, { id?: unknown } | null | undefined>;
  const [field, saved] = Object.entries(data)[0] ?? [];
  if (typeof saved?.id === 'string') {
    const id = cache.identify({ __typename: 'Project', id: saved.id });
    // The move's answer carries the new ownership; keep it.
    for (const fieldName of DERIVED_FIELDS)
      if (!(fieldName === 'ownership' && field === 'moveProject')) cache.evict({ id, fieldName });
  }
  cache.gc();
}
