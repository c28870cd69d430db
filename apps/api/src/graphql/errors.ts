// Domain errors carry a code from a closed union; formatError maps each code to a GraphQL error code
// once, with an exhaustive switch. Messages are Danish (from the shared catalogue).
import { errorMessages, type FieldIssue } from '@sundhed/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

export type AppErrorCode = 'VALIDATION' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'RATE_LIMITED';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
  ) {
    super(message);
  }
}

export const validationError = (fields: FieldIssue[]) =>
  new AppError('VALIDATION', `${errorMessages.invalidInput} ${fields.map((f) => f.message).join('. ')}.`, fields);
export const notFound = () => new AppError('NOT_FOUND', errorMessages.notFound);
export const forbidden = () => new AppError('FORBIDDEN', errorMessages.forbidden);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', errorMessages.unauthenticated);

export function graphqlCode(code: AppErrorCode): string {
  switch (code) {
    case 'VALIDATION':
      return 'BAD_USER_INPUT';
    case 'UNAUTHENTICATED':
      return 'UNAUTHENTICATED';
    case 'FORBIDDEN':
      return 'FORBIDDEN';
    case 'NOT_FOUND':
      return 'NOT_FOUND';
    case 'CONFLICT':
      return 'CONFLICT';
    case 'RATE_LIMITED':
      return 'TOO_MANY_REQUESTS';
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}

/** Prisma's own error codes that mean "the client asked for something impossible". */
function fromPrisma(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown })?.code;
  if (code === 'P2025') return notFound();
  if (code === 'P2002') return new AppError('CONFLICT', errorMessages.conflict);
  return undefined;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const app = original instanceof AppError ? original : fromPrisma(original);
  if (app) {
    return {
      message: app.message,
      path: formatted.path,
      extensions: { code: graphqlCode(app.code), ...(app.fields.length ? { fields: app.fields } : {}) },
    };
  }
  const code = formatted.extensions?.code;
  if (code === 'GRAPHQL_VALIDATION_FAILED' || code === 'BAD_USER_INPUT' || code === 'GRAPHQL_PARSE_FAILED') {
    // graphql-js's own messages name the argument or field; prefix them in Danish.
    return { ...formatted, message: `Ugyldig forespørgsel: ${formatted.message}` };
  }
  if (code === 'PERSISTED_QUERY_NOT_FOUND' || code === 'BAD_REQUEST' || code === 'OPERATION_RESOLUTION_FAILURE') return formatted;
  if (process.env.NODE_ENV !== 'test') console.error(original);
  return { message: errorMessages.internal, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
