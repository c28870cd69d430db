import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ui } from '../shared';

/**
 * The Danish text to show for a failed request. The API's GraphQL errors already carry Danish
 * messages from the shared catalogue (messages/errors.ts); transport failures get our own text.
 */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    const code = first?.extensions?.code;
    if (first && code !== 'INTERNAL_SERVER_ERROR' && code !== 'GRAPHQL_VALIDATION_FAILED') return first.message;
    return ui.states.errorText;
  }
  return ui.states.networkError;
}

/** The API's typed error code of a failed request (messages/errors.ts), or null for a transport failure. */
export function errorCode(error: unknown): string | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const code = error.errors[0]?.extensions?.code;
  return typeof code === 'string' ? code : null;
}
