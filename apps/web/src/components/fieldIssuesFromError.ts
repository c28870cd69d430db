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

/**
 * The form field a path names: "input.year" -> "year"; a field inside a list keeps its place,
 * "input.locations.0.name" -> "locations-0-name", "input.source.title" -> "source-title" (so neither is
 * mistaken for the top-level "name" or "title").
 */
export function fieldName(path: string): string {
  const parts = path.split('.');
  const inner = parts[0] === 'input' ? parts.slice(1) : parts;
  // A field inside a list or a nested object keeps its place: "input.source.title" -> "source-title".
  if (inner.length > 1) return inner.join('-');
  return parts[parts.length - 1] ?? '';
}
