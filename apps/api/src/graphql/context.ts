import type { Request, Response } from 'express';
import type { Db } from '../db/prisma';
import type { SessionUser } from '../auth/session';
import { createLoaders, type Loaders } from './loaders';

export interface AppConfig {
  demoMode: boolean;
  secureCookies: boolean;
  /** Cache read results while the data version is unchanged (ADR 005); off with SUNDHED_RESPONSE_CACHE=0. */
  responseCache: boolean;
  /** Production mode (NODE_ENV=production): no introspection, suggestions or stack traces (ADR 013). */
  production?: boolean;
  /** Anonymous requests per minute per client (SUNDHED_RATE_LIMIT); 0 = no limit; unset = the default. */
  anonymousRequestsPerMinute?: number;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  loaders: Loaders;
  config: AppConfig;
  req: Request;
  res: Response;
}

export function createContext(
  db: Db,
  config: AppConfig,
  req: Request,
  res: Response,
  user: SessionUser | null,
): Context {
  return { db, user, loaders: createLoaders(db), config, req, res };
}
