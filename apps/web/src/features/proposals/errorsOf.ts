import { fieldIssuesFromError, type FieldMessage } from '../../components/fieldIssuesFromError';

/** The field messages of a failed mutation, or its message when it names no field. */
export const errorsOf = (error: unknown): FieldMessage[] =>
  fieldIssuesFromError(error) ?? [{ path: '', message: String((error as Error).message) }];
