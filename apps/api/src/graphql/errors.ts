// Domain errors carry a code from a closed union; formatError maps each code to a GraphQL error code
// once, with an exhaustive switch. Messages are Danish (from the shared catalogue).
import {
  CalcError,
  InputError,
  MissingParameterError,
  MissingRateError,
  RegimeNotComputableError,
  formatIssue,
} from '@sundhed/calc';
import { errorMessages, scenarioPathLabel, type FieldIssue } from '@sundhed/shared';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { isDbTimeout, isDbUnavailable } from '../db/timeouts';
import { danishGraphQLMessage, isGraphQLInputError } from './danishValidation';

export type AppErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'TOO_COMPLEX'
  | 'TIMEOUT'
  | 'UNAVAILABLE';

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fields: FieldIssue[] = [],
    /** Further machine-readable details for extensions, e.g. the missing parameter of a calculation. */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** "Oplysningerne er ikke gyldige. A. B.": one full stop after each issue, also one that already ends in one. */
export const validationError = (fields: FieldIssue[]) =>
  new AppError(
    'VALIDATION',
    `${errorMessages.invalidInput} ${fields.map((f) => `${f.message.replace(/\.+$/, '')}.`).join(' ')}`,
    fields,
  );
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
    case 'TOO_COMPLEX':
      return 'QUERY_TOO_COMPLEX';
    case 'TIMEOUT':
      return 'TIMEOUT';
    case 'UNAVAILABLE':
      return 'SERVICE_UNAVAILABLE';
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

/** A database timeout, or a database that is down or restarting (ADR 017): the caller may try again. */
function fromDbTimeout(error: unknown): AppError | undefined {
  if (isDbTimeout(error)) return new AppError('TIMEOUT', errorMessages.timeout);
  return isDbUnavailable(error) ? new AppError('UNAVAILABLE', errorMessages.databaseUnavailable) : undefined;
}

/** A calculation-package issue as a field issue: the JSON path (for forms), or the CSV line and column. */
export interface CalcFieldIssue extends FieldIssue {
  line?: number;
  column?: string;
}

/**
 * One issue in words for people: a scenario field by its Danish name ("Tidshorisont: skal være et tal"),
 * never its JSON path (which stays in the field issue's `path` for forms); CSV issues keep line and column.
 */
const issueText = (issue: InputError['issues'][number]) =>
  issue.line === undefined && issue.path !== undefined
    ? `${scenarioPathLabel(issue.path)}: ${issue.message}`
    : formatIssue(issue);

/** At most this many issues are spelled out in the message; extensions.fields lists them all. */
const ISSUES_IN_MESSAGE = 3;

/**
 * The calculation package's typed errors (packages/calc/src/errors): every one is the caller's input
 * (a scenario, an activity file, a rate set lacking a figure), so all map to VALIDATION with their
 * Danish message; input issues keep their JSON path or CSV line and column.
 */
export function fromCalc(error: unknown): AppError | undefined {
  if (!(error instanceof CalcError)) return undefined;
  const code = error.code;
  switch (code) {
    case 'INVALID_INPUT': {
      const { issues } = error as InputError;
      const summary = error.message.split(':\n')[0];
      const shown = issues.slice(0, ISSUES_IN_MESSAGE).map(issueText).join('; ');
      const more = issues.length > ISSUES_IN_MESSAGE ? errorMessages.moreIssues(issues.length - ISSUES_IN_MESSAGE) : '';
      const fields: CalcFieldIssue[] = issues.map((issue) => ({
        path: issue.path ?? (issue.line === undefined ? '' : 'activityCsv'),
        message: issueText(issue),
        ...(issue.line === undefined ? {} : { line: issue.line }),
        ...(issue.column === undefined ? {} : { column: issue.column }),
      }));
      return new AppError('VALIDATION', `${summary}: ${shown}${more}`, fields, { calcCode: code });
    }
    case 'MISSING_RATE': {
      const { parameter, rateSetId } = error as MissingRateError;
      return new AppError('VALIDATION', error.message, [{ path: 'ratesId', message: error.message }], {
        calcCode: code,
        parameter,
        rateSetId,
      });
    }
    case 'MISSING_PARAMETER': {
      const { parameter } = error as MissingParameterError;
      return new AppError('VALIDATION', error.message, [{ path: '$.discount', message: error.message }], {
        calcCode: code,
        parameter,
      });
    }
    case 'REGIME_NOT_COMPUTABLE': {
      const { regime } = error as RegimeNotComputableError;
      return new AppError('VALIDATION', error.message, [{ path: 'ratesId', message: error.message }], {
        calcCode: code,
        regime,
      });
    }
    default: {
      const exhaustive: never = code;
      return exhaustive;
    }
  }
}

/** Codes whose messages come from graphql-js or Apollo Server rather than from our services. */
const TRANSLATED_CODES = new Set([
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const app =
    original instanceof AppError ? original : (fromPrisma(original) ?? fromCalc(original) ?? fromDbTimeout(original));
  if (app) {
    return {
      message: app.message,
      path: formatted.path,
      extensions: { code: graphqlCode(app.code), ...(app.fields.length ? { fields: app.fields } : {}), ...app.details },
    };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && TRANSLATED_CODES.has(code)) {
    // graphql-js's and Apollo's own English messages, in Danish with the names they quote.
    return { ...formatted, message: danishGraphQLMessage(formatted.message, formatted.locations) };
  }
  if (error instanceof GraphQLError && !error.originalError && isGraphQLInputError(error.message)) {
    return {
      message: danishGraphQLMessage(error.message),
      path: formatted.path,
      extensions: { code: 'BAD_USER_INPUT' },
    };
  }
  if (code === 'PERSISTED_QUERY_NOT_FOUND') return formatted;
  if (process.env.NODE_ENV !== 'test') console.error(original);
  return { message: errorMessages.internal, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}
