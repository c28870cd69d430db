import { useMemo } from 'react';
import { fieldIssuesFromError, type FieldMessage } from '../../components/fieldIssuesFromError';

/**
 * The API's BAD_USER_INPUT issues of a failed request, with each path turned into the form field it
 * belongs to; null when the error is of another kind (network, server).
 */
export function useFieldIssues(error: unknown, fieldFor: (path: string) => string): FieldMessage[] | null {
  return useMemo(() => {
    const issues = fieldIssuesFromError(error);
    return issues ? issues.map((issue) => ({ path: fieldFor(issue.path), message: issue.message })) : null;
  }, [error, fieldFor]);
}
