// Cost limits on every GraphQL request (ADR 013): tokens, depth, aliases, directives and a cost budget,
// stricter for anonymous callers than for signed-in staff. Tokens, depth, aliases and directives are
// GraphQL Armor's rules; the cost is graphql-query-complexity's with a list-aware estimator. They run in
// an Express middleware before Apollo parses and validates, because the limits depend on the caller and
// Apollo caches a validated document by its text for every caller alike.
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { MaxTokensParserWLexer } from '@escape.tech/graphql-armor-max-tokens';
import { errorMessages } from '@sundhed/shared';
import type { Request, RequestHandler } from 'express';
import {
  getNullableType,
  isListType,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Db } from '../db/prisma';
import { requestUser } from '../auth/session';
import type { Context } from './context';
import { AppError, formatError } from './errors';

export type QueryLimitName = keyof typeof errorMessages.queryLimitNames;
export type QueryLimits = Record<QueryLimitName, number>;

/**
 * Signed-in limits hold every operation of the web app with room to spare (limits.test.ts measures
 * them all: at most 186 tokens, depth 7, no alias or directive, cost 37,771 for the cluster page);
 * anonymous callers only need the public offer page (cost 219, depth 3), sign-in and need categories.
 */
export const queryLimits: Record<'anonymous' | 'signedIn', QueryLimits> = {
  anonymous: { tokens: 500, depth: 5, aliases: 5, directives: 5, cost: 1_000 },
  signedIn: { tokens: 2_000, depth: 9, aliases: 30, directives: 20, cost: 100_000 },
};

export const limitsFor = (context: Pick<Context, 'user'>): QueryLimits =>
  context.user ? queryLimits.signedIn : queryLimits.anonymous;

export function queryTooComplex(limit: QueryLimitName, max: number): AppError {
  return new AppError('TOO_COMPLEX', errorMessages.queryTooComplex(errorMessages.queryLimitNames[limit], max), [], {
    limit,
    max,
  });
}

interface CostRequest {
  variables?: Record<string, unknown>;
  operationName?: string | null;
}

/** What a document measured; only filled for the checks that ran to the end. */
export type QueryMeasures = Partial<Record<QueryLimitName, number>>;

function limitRules(limits: QueryLimits, measures: QueryMeasures): ValidationRule[] {
  const reject = (limit: QueryLimitName) => [
    () => {
      throw queryTooComplex(limit, limits[limit]);
    },
  ];
  const accept = (limit: QueryLimitName) => [
    (_context: unknown, details: { n: number }) => {
      measures[limit] = Math.max(measures[limit] ?? 0, details.n);
    },
  ];
  const common = { exposeLimits: false, propagateOnRejection: true } as const;
  return [
    maxDepthRule({
      ...common,
      n: limits.depth,
      flattenFragments: true,
      ignoreIntrospection: true,
      onReject: reject('depth'),
      onAccept: accept('depth'),
    }),
    maxAliasesRule({ ...common, n: limits.aliases, onReject: reject('aliases'), onAccept: accept('aliases') }),
    maxDirectivesRule({
      ...common,
      n: limits.directives,
      onReject: reject('directives'),
      onAccept: accept('directives'),
    }),
  ] as ValidationRule[];
}

/**
 * Cost counts every field once and multiplies what is selected under a list by the size a list is
 * assumed to have: the same query walked through parent and children grows with every list level.
 */
export const ASSUMED_LIST_SIZE = 10;

const listAwareCost: ComplexityEstimator = ({ field, childComplexity }) => {
  // Introspection is schema-sized, not data-sized, and refused in production (exposure.ts).
  if (field.name.startsWith('__')) return 1;
  return 1 + (isListType(getNullableType(field.type)) ? ASSUMED_LIST_SIZE : 1) * childComplexity;
};

function checkCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  request: CostRequest,
  limits: QueryLimits,
  measures: QueryMeasures,
): void {
  let cost: number;
  try {
    cost = getComplexity({
      schema,
      query: document,
      variables: request.variables ?? {},
      operationName: request.operationName ?? undefined,
      estimators: [listAwareCost],
    });
  } catch {
    return; // unknown operation or bad variables: Apollo answers those itself
  }
  measures.cost = cost;
  if (cost > limits.cost) throw queryTooComplex('cost', limits.cost);
}

/** Parses with a token budget; a syntax error that is not about the budget is left to Apollo. */
function parseWithinTokens(source: string, limits: QueryLimits, measures: QueryMeasures): DocumentNode | undefined {
  const parser = new MaxTokensParserWLexer(source, {
    n: limits.tokens,
    exposeLimits: false,
    propagateOnRejection: true,
    onReject: [
      () => {
        throw queryTooComplex('tokens', limits.tokens);
      },
    ],
  });
  try {
    const document = parser.parseDocument();
    measures.tokens = parser.tokenCount;
    return document;
  } catch (error) {
    if (error instanceof AppError) throw error;
    return undefined;
  }
}

/**
 * Throws AppError TOO_COMPLEX when the source breaks one of the limits; returns what it measured.
 * Only the limit rules run here: the rest of validation is Apollo's, after this check.
 */
export function checkQueryLimits(
  schema: GraphQLSchema,
  request: CostRequest & { source: string },
  limits: QueryLimits,
): QueryMeasures {
  const measures: QueryMeasures = {};
  const document = parseWithinTokens(request.source, limits, measures);
  if (!document) return measures;
  validate(schema, document, limitRules(limits, measures));
  checkCost(schema, document, request, limits, measures);
  return measures;
}

/** The query, variables and operation name of a GraphQL request as Apollo will read them (POST or GET). */
function graphqlRequest(req: Request): (CostRequest & { source: string }) | undefined {
  const params = (req.method === 'GET' ? req.query : req.body) as Record<string, unknown> | undefined;
  if (!params || Array.isArray(params) || typeof params.query !== 'string') return undefined;
  let variables = params.variables;
  if (typeof variables === 'string') {
    try {
      variables = JSON.parse(variables);
    } catch {
      variables = undefined;
    }
  }
  return {
    source: params.query,
    variables: variables && typeof variables === 'object' ? (variables as Record<string, unknown>) : undefined,
    operationName: typeof params.operationName === 'string' ? params.operationName : undefined,
  };
}

/**
 * Documents that passed a caller class's limits, by text and operation name: the web app sends the same
 * few operations over and over, and parsing and measuring them was 6 % of the server's CPU under mixed
 * load. Only documents without directives are remembered, because a directive's variable (@include,
 * @skip) can change the cost; variable values change nothing else that is measured. Bounded; the
 * oldest entry goes first.
 */
class PassedQueries {
  private static readonly MAX = 500;
  private readonly keys = new Set<string>();

  private key(limits: QueryLimits, request: CostRequest & { source: string }): string | undefined {
    if (request.source.includes('@')) return undefined;
    return `${limits === queryLimits.anonymous ? 'a' : 's'}\n${request.operationName ?? ''}\n${request.source}`;
  }

  has(limits: QueryLimits, request: CostRequest & { source: string }): boolean {
    const key = this.key(limits, request);
    return key !== undefined && this.keys.has(key);
  }

  add(limits: QueryLimits, request: CostRequest & { source: string }): void {
    const key = this.key(limits, request);
    if (key === undefined) return;
    this.keys.add(key);
    if (this.keys.size > PassedQueries.MAX) this.keys.delete(this.keys.values().next().value as string);
  }
}

/**
 * Express middleware in front of Apollo: a request over its caller's limits gets 400 and the mapped
 * Danish error before Apollo parses, validates or executes it. (Apollo's plugin hooks before
 * validation cannot end a request with an error of our own: a throw there becomes a 500.)
 */
export function enforceQueryLimits(db: Db, schema: GraphQLSchema): RequestHandler {
  const passed = new PassedQueries();
  return async (req, res, next) => {
    const request = graphqlRequest(req);
    if (!request) return next();
    try {
      const user = await requestUser(db, req);
      const limits = limitsFor({ user });
      if (passed.has(limits, request)) return next();
      checkQueryLimits(schema, request, limits);
      passed.add(limits, request);
      next();
    } catch (error) {
      if (!(error instanceof AppError)) return next(error);
      res.status(400).json({ errors: [formatError({ message: error.message }, error)] });
    }
  };
}
