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
