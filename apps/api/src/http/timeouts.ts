// Request timeouts (ADR 017): Node's own limits on receiving a request, and a handler deadline after which
// the client gets 503 with a Danish message and code TIMEOUT instead of waiting without end. The long
// operations (the offer CSV import and the activity-file co-financing simulation) get a longer deadline.
import { errorMessages } from '@sundhed/shared';
import type { Request, RequestHandler, Response } from 'express';
import type { Server } from 'node:http';

export interface RequestTimeouts {
  /** Deadline for a handler's answer. */
  handlerMs: number;
  /** Deadline for the long operations in LONG_OPERATIONS. */
  longHandlerMs: number;
  /** Node's server.headersTimeout: the request's headers must arrive within this. */
  headersMs: number;
  /** Node's server.requestTimeout: the whole request (headers and body) must arrive within this. */
  requestMs: number;
}

export const defaultRequestTimeouts: RequestTimeouts = {
  handlerMs: 30_000,
  longHandlerMs: 300_000,
  headersMs: 20_000,
  requestMs: 120_000,
};

function envMs(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = Number(env[name] || fallback);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} skal være et positivt helt antal millisekunder, ikke "${env[name]}".`);
  return value;
}

/** From SUNDHED_REQUEST_TIMEOUT_MS and SUNDHED_LONG_REQUEST_TIMEOUT_MS (the Node limits are fixed). */
export function requestTimeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): RequestTimeouts {
  return {
    ...defaultRequestTimeouts,
    handlerMs: envMs(env, 'SUNDHED_REQUEST_TIMEOUT_MS', defaultRequestTimeouts.handlerMs),
    longHandlerMs: envMs(env, 'SUNDHED_LONG_REQUEST_TIMEOUT_MS', defaultRequestTimeouts.longHandlerMs),
  };
}

export function applyServerTimeouts(server: Server, t: RequestTimeouts = requestTimeoutsFromEnv()): void {
  server.headersTimeout = t.headersMs;
  server.requestTimeout = t.requestMs;
}

/** GraphQL fields that may legitimately run for minutes (a 10 MB activity file, an import of every offer). */
export const LONG_OPERATIONS = ['importOffersCsv', 'cofinancingSimulation'];
const longOperation = new RegExp(`\\b(${LONG_OPERATIONS.join('|')})\\b`);

/**
 * A request is long when its parsed GraphQL body names a long operation. Naming one only buys the longer
 * deadline, which Node's limits and the database timeouts still bound.
 */
export function isLongRequest(req: Request): boolean {
  const query = (req.body as { query?: unknown } | undefined)?.query;
  return typeof query === 'string' && longOperation.test(query);
}

export const TIMEOUT_CODE = 'TIMEOUT';

function answerTimeout(req: Request, res: Response): void {
  const message = errorMessages.timeout;
  if (req.originalUrl.startsWith('/graphql'))
    res.status(503).json({ errors: [{ message, extensions: { code: TIMEOUT_CODE } }] });
  else res.status(503).json({ error: message, code: TIMEOUT_CODE });
  // The handler still runs on (work cannot be cancelled from outside); whatever it writes later is dropped.
  const dropped = () => res;
  Object.assign(res, {
    setHeader: dropped,
    writeHead: dropped,
    write: () => true,
    end: dropped,
    status: dropped,
    send: dropped,
    json: dropped,
  });
}

/**
 * The handler deadline. It is mounted before the body parser, so the deadline is first the ordinary one;
 * when it passes, a request whose body turned out to name a long operation gets the rest of the long one.
 */
export function handlerTimeout(t: RequestTimeouts = requestTimeoutsFromEnv()): RequestHandler {
  return (req, res, next) => {
    let timer: NodeJS.Timeout;
    const arm = (ms: number, final: boolean) => {
      timer = setTimeout(() => {
        if (res.headersSent || res.writableEnded) return;
        if (!final && isLongRequest(req)) return arm(t.longHandlerMs - t.handlerMs, true);
        answerTimeout(req, res);
      }, ms);
      timer.unref();
    };
    arm(t.handlerMs, t.longHandlerMs <= t.handlerMs);
    const clear = () => clearTimeout(timer);
    res.once('finish', clear);
    res.once('close', clear);
    next();
  };
}
