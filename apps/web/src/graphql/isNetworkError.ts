import { CombinedGraphQLErrors, CombinedProtocolErrors, ServerError, ServerParseError } from '@apollo/client/errors';

/** True when the request never got an answer (no network, server unreachable): fetch's TypeError. */
export function isNetworkError(error: unknown): boolean {
  if (
    !error ||
    CombinedGraphQLErrors.is(error) ||
    CombinedProtocolErrors.is(error) ||
    ServerError.is(error) ||
    ServerParseError.is(error)
  )
    return false;
  return error instanceof TypeError || (typeof navigator !== 'undefined' && navigator.onLine === false);
}
