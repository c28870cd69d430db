// Requests the server will not read get a Danish 4xx answer before Apollo or a route sees them:
// bodies that are malformed, too large, in an unknown encoding or nested too deep, and REST query
// parameters carrying control characters. Express's default handler would answer with an English
// HTML page (and a stack trace outside production). ADR 014.
import { formatDecimal, requestMessages as m } from '@sundhed/shared';
import type { ErrorRequestHandler, RequestHandler, Response } from 'express';
import { findInputProblem, inputProblemError, MAX_INPUT_DEPTH } from '../graphql/inputHygiene';

/** A GraphQL body is { query, variables: { name: value } }: three levels above an argument's value. */
export const MAX_BODY_DEPTH = MAX_INPUT_DEPTH + 3;

const graphqlError = (res: Response, status: number, message: string) =>
  void res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });

const megabytes = (bytes: number) => `${formatDecimal(bytes / 1024 / 1024, 1)} MB`;

/** body-parser's errors (they carry `type` and a 4xx `status`) as GraphQL errors in Danish. */
export const graphqlBodyErrors: ErrorRequestHandler = (
  error: { type?: unknown; status?: unknown; limit?: unknown },
  _req,
  res,
  next,
) => {
  switch (error?.type) {
    case 'entity.too.large':
      return graphqlError(res, 413, m.tooLarge(megabytes(Number(error.limit))));
    case 'entity.parse.failed':
      return graphqlError(res, 400, m.malformedJson);
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return graphqlError(res, 415, m.unsupportedEncoding);
    default:
      if (typeof error?.type === 'string' && typeof error.status === 'number' && error.status < 500)
        return graphqlError(res, 400, m.badRequest);
      return next(error);
  }
};

/** JSON.parse reads any depth; later steps (hashing, coercion) recurse. Refuse deep bodies here. */
export const graphqlBodyDepth: RequestHandler = (req, res, next) => {
  const problem = findInputProblem(req.body, 'body', MAX_BODY_DEPTH);
  if (problem?.kind === 'depth') return graphqlError(res, 400, m.tooDeep(MAX_INPUT_DEPTH));
  next();
};

/**
 * REST query parameters (/api/*): a control character or deep nesting is a 400 naming the parameter.
 * The HSDS feed's free-text `search` (one string) is the exception: the route replaces its control
 * characters with spaces, as the GraphQL search does (issue 11: a search query is never an error).
 */
export const restQueryHygiene: RequestHandler = (req, res, next) => {
  for (const [name, value] of Object.entries(req.query as Record<string, unknown>)) {
    if (name === 'search' && typeof value === 'string' && req.path.startsWith('/hsds/')) continue;
    const problem = findInputProblem(name, 'name') ?? findInputProblem(value, name);
    if (problem)
      return void res.status(400).json({
        error:
          problem.kind === 'control' ? m.parameterControlCharacters(problem.path) : inputProblemError(problem).message,
      });
  }
  next();
};

/**
 * Errors Express raises before a REST route runs (a malformed %-escape in the path is a URIError with
 * status 400) as Danish JSON, not Express's English HTML page. Anything else goes on to the default.
 */
export const restRequestErrors: ErrorRequestHandler = (error: { status?: unknown }, _req, res, next) => {
  if (typeof error?.status === 'number' && error.status >= 400 && error.status < 500) {
    return void res.status(error.status).json({ error: error instanceof URIError ? m.malformedUrl : m.badRequest });
  }
  next(error);
};
