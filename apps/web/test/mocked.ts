import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { MockLink } from '@apollo/client/testing';

/**
 * One MockedProvider answer, checked against the operation's generated types (ADR 021): the data must have
 * the shape the operation selects (field names, nullability, enum values, __typename) and the variables
 * must be the operation's. Renaming a field in the schema therefore breaks the typecheck of the tests too.
 */
export function mocked<TData, TVariables extends OperationVariables>(
  response: {
    request: {
      query: TypedDocumentNode<TData, TVariables>;
      variables?: NoInfer<TVariables> | ((variables: NoInfer<TVariables>) => boolean);
    };
  } & Omit<MockLink.MockedResponse<NoInfer<TData>, NoInfer<TVariables>>, 'request'>,
): MockLink.MockedResponse<TData, TVariables> {
  return response;
}
