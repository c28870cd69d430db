// Per-client rate limit for what anyone may call without signing in: the HSDS API and anonymous
// GraphQL requests (the public offer page, sign-in). Signed-in staff are not counted: a municipality's
// staff often share one address behind its network's NAT. Sign-in attempts have their own throttle.
import { errorMessages } from '@sundhed/shared';
import type { Request, RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import type { Db } from '../db/prisma';
import { requestUser } from '../auth/session';
import { graphqlCode } from '../graphql/errors';

/** Anonymous requests per minute per client address when SUNDHED_RATE_LIMIT is unset. */
export const DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE = 300;

/** SUNDHED_RATE_LIMIT: anonymous requests per minute per client; 0 turns the limit off. */
export function anonymousRateFromEnv(value: string | undefined): number {
  if (value === undefined || value.trim() === '') return DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`SUNDHED_RATE_LIMIT skal være et helt tal ≥ 0, ikke "${value}".`);
  return n;
}

const pass: RequestHandler = (_req, _res, next) => next();

/**
 * One budget per client across every anonymous surface. The answer is 429 in Danish: a GraphQL
 * errors array (code TOO_MANY_REQUESTS) on /graphql, { error } on the REST routes.
 */
export function anonymousRateLimit(db: Db, perMinute: number): RequestHandler {
  if (perMinute <= 0) return pass;
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: async (req: Request) => (await requestUser(db, req)) !== null,
    handler: (req, res) => {
      const message = errorMessages.tooManyRequests;
      if (req.baseUrl.startsWith('/graphql')) {
        return void res.status(429).json({ errors: [{ message, extensions: { code: graphqlCode('RATE_LIMITED') } }] });
      }
      res.status(429).json({ error: message });
    },
  });
}
