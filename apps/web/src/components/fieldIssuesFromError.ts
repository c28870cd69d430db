import { CombinedGraphQLErrors } from '@apollo/client/errors';

export interface FieldMessage {
  path: string;
  message: string;
}

function isFieldMessage(value: unknown): value is FieldMessage {
  if (typeof value !== 'object' || value === null) return false;
  const { path, message } = value as Record<string, unknown>;
  return typeof path === 'string' && typeof message === 'string';
}

/**
 * The API's field errors: BAD_USER_INPUT with extensions.fields [{ path: "input.year", message }].
 * Null when the error is of another kind.
 */
export function fieldIssuesFromError(error: unknown): FieldMessage[] | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const issues: FieldMessage[] = [];
  for (const graphQLError of error.errors) {
    if (graphQLError.extensions?.code !== 'BAD_USER_INPUT') continue;
    const fields = graphQLError.extensions.fields;
    if (Array.isArray(fields) && fields.length > 0) issues.push(...fields.filter(isFieldMessage));
    else issues.push({ path: '', message: graphQLError.message });
  }
  return issues.length > 0 ? issues : null;
}

/** "input.year" -> "year": the form field a path names. */
export function fieldName(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? '';
}
