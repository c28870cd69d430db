import type { Request, Response } from 'express';
import type { Db } from '../db/prisma';
import type { SessionUser } from '../auth/session';
import { createLoaders, type Loaders } from './loaders';
import type { RequestVersions } from './sharedRows';
import type { OidcConfig } from '../auth/oidcConfig';
import type { SamlConfig } from '../auth/samlConfig';

export interface AppConfig {
  demoMode: boolean;
  secureCookies: boolean;
  /** Cache read results while the data version is unchanged (ADR 005); off with SUNDHED_RESPONSE_CACHE=0. */
  responseCache: boolean;
  /** Production mode (NODE_ENV=production): no introspection, suggestions or stack traces (ADR 013). */
  production?: boolean;
  /** Anonymous requests per minute per client (SUNDHED_RATE_LIMIT); 0 = no limit; unset = the default. */
  anonymousRequestsPerMinute?: number;
  /** Sign-in through the municipality's OpenID Connect provider (OIDC_* variables, ADR 042); absent: local passwords only. */
  oidc?: OidcConfig | null;
  /** Sign-in through KOMBIT's Context Handler, SAML 2.0 (SAML_* variables, ADR 050); absent: not offered. */
  saml?: SamlConfig | null;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  loaders: Loaders;
  config: AppConfig;
  req: Request;
  res: Response;
  /**
   * The data versions this request read before executing (set by the response cache for a cacheable
   * query): with them the loaders may take rows kept from earlier requests at the same versions (ADR 020).
   * A holder, because Apollo hands plugins and resolvers a shallow copy of the context object.
   */
  dataVersions: {
    read?: RequestVersions;
    /** Set by a resolver whose answer must be executed again next time (a counted search miss, ADR 041). */
    doNotKeep?: boolean;
  };
  /** Root query answers by field and arguments, so aliases of one read run it once (rootMemo.ts). */
  rootAnswers?: Map<string, unknown>;
}

export function createContext(
  db: Db,
  config: AppConfig,
  req: Request,
  res: Response,
  user: SessionUser | null,
): Context {
  const dataVersions: Context['dataVersions'] = {};
  return {
    db,
    user,
    loaders: createLoaders(db, () => dataVersions.read),
    config,
    req,
    res,
    dataVersions,
    rootAnswers: new Map(),
  };
}
