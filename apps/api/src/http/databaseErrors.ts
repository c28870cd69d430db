// The last error handler of the app: a database that is down, restarting or frozen while an Express
// middleware asked it something (the session lookup of the rate limiter or the GraphQL limits, the CSV
// export) answers 503 with the same Danish message and code as inside GraphQL (errors.ts), never
// Express's English 500 page. Anything else goes on to Express's default handler.
import { errorMessages } from '@sundhed/shared';
import type { ErrorRequestHandler } from 'express';
import { isDbTimeout, isDbUnavailable } from '../db/timeouts';

export const databaseErrors: ErrorRequestHandler = (error: unknown, req, res, next) => {
  const timeout = isDbTimeout(error);
  if (res.headersSent || (!timeout && !isDbUnavailable(error))) return next(error);
  const message = timeout ? errorMessages.timeout : errorMessages.databaseUnavailable;
  const code = timeout ? 'TIMEOUT' : 'SERVICE_UNAVAILABLE';
  res.status(503).setHeader('Retry-After', '5');
  if (req.originalUrl.startsWith('/graphql')) return void res.json({ errors: [{ message, extensions: { code } }] });
  res.json({ error: message, code });
};
