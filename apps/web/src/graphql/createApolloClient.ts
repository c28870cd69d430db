import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/** The app's one client: same-origin /graphql with the session cookie. */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin' }),
    cache: new InMemoryCache({
      typePolicies: {
        // The overview has no id; it is one object per signed-in account, replaced as a whole.
        Overview: { keyFields: [] },
      },
    }),
  });
}
