import type { ApolloCache } from '@apollo/client';

/** After adding a line or milestone the cached overview lacks it: drop it so the next visit fetches it. */
export function forgetOverview(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'overview' });
}
