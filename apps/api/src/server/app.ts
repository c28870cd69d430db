// One Node process serves the built SPA and /graphql. It keeps no state between requests that a
// second instance would need: sessions and sign-in throttling live in PostgreSQL.
import { closeCalcPool } from '../features/calculations/calcPool';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express, type RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir, webDistDir } from '../db/paths';
import type { Db } from '../db/prisma';
import { readSessionToken, requestUser, setSessionRenewer } from '../auth/session';
import { oidcClient } from '../features/auth/oidcClient';
import { oidcSessionRenewer } from '../features/auth/oidcRenewal';
import { OIDC_PATH, oidcRouter } from '../features/auth/oidcRoutes';
import { SAML_PATH, samlRouter } from '../features/auth/samlRoutes';
import { offerCsvRouter } from '../features/offers/exportRoute';
import { overviewExportRouter, projectExportRouter } from '../features/projects/exportRoute';
import { actualsImportRouter } from '../features/projects/actualsRoute';
import { clusterIcsRouter } from '../features/cluster/icsRoute';
import { clusterExportRouter } from '../features/cluster/grantsExport';
import { businessCaseExportRouter } from '../features/proposals/businessCaseExport';
import { reportRouter } from '../features/reports/pdfRoute';
import { cofinancingRouter } from '../features/cofinancing/importRoute';
import { MAX_CSV_BYTES } from '../features/calculations/cofinancingService';
import { createContext, type AppConfig, type Context } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { apolloExposure } from '../graphql/exposure';
import { enforceQueryLimits } from '../graphql/limits';
import { anonymousRateLimit, DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE } from '../http/anonymousRateLimit';
import { responseCachePlugin } from '../graphql/responseCache';
import { buildSchema } from './schema';
import { hsdsRouter } from '../features/hsds/hsdsRouter';
import { databaseErrors } from '../http/databaseErrors';
import { healthRouter } from '../http/health';
import { securityHeaders } from '../http/securityHeaders';
import { handlerTimeout } from '../http/timeouts';
import { trustProxySetting } from '../http/trustProxy';
import { graphqlBodyDepth, graphqlBodyErrors, restQueryHygiene, restRequestErrors } from '../http/requestHygiene';

export interface App {
  app: Express;
  stop: () => Promise<void>;
}

const notBuiltPage = `<!doctype html><html lang="da"><meta charset="utf-8"><title>Sundhedsoverblik</title>
<p>Web-appen er ikke bygget endnu. Kør <code>pnpm build</code> og start igen.</p></html>`;

export async function createApp(db: Db, config: AppConfig): Promise<App> {
  const schema = buildSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    formatError,
    stringifyResult: (value) => JSON.stringify(value),
    ...apolloExposure(config),
    // We set no cache hints; Apollo's default cache-control plugin would still wrap every field.
    plugins: [ApolloServerPluginCacheControlDisabled(), ...(config.responseCache ? [responseCachePlugin(db)] : [])],
    // The server's own shutdown (http/shutdown.ts, ADR 017) stops Apollo after draining; Apollo's signal
    // handlers (on outside NODE_ENV=test) raced it and left the process hanging after SIGTERM.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  // HTTP hardening (ADR 017): proxy trust, security headers with CSP and HSTS, probes, handler deadline.
  app.set('trust proxy', trustProxySetting());
  app.use(securityHeaders({ secureCookies: config.secureCookies }));
  app.use(healthRouter(db, { migrationsDir }));
  app.use(handlerTimeout());

  // An activity CSV (≤ MAX_CSV_BYTES) travels as a JSON string; escaping can double it. The service
  // refuses a CSV over the limit with a Danish message before parsing a line. Only requests that
  // carry a session cookie may be that large; anonymous ones are held to 1 MB.
  const largeBody = express.json({ limit: 2 * MAX_CSV_BYTES + 1024 * 1024 });
  const smallBody = express.json({ limit: '1mb' });
  const limitAnonymous = anonymousRateLimit(
    db,
    config.anonymousRequestsPerMinute ?? DEFAULT_ANONYMOUS_REQUESTS_PER_MINUTE,
  );
  app.use(
    '/graphql',
    limitAnonymous,
    ((req, res, next) => (readSessionToken(req) ? largeBody : smallBody)(req, res, next)) as RequestHandler,
    graphqlBodyErrors,
    graphqlBodyDepth,
    enforceQueryLimits(db, schema),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => createContext(db, config, req, res, await requestUser(db, req)),
    }),
  );

  app.use('/api', restQueryHygiene);
  if (config.oidc) {
    const oidc = oidcClient(config.oidc);
    setSessionRenewer(db, oidcSessionRenewer(db, oidc));
    app.use(OIDC_PATH, oidcRouter(db, oidc, { secureCookies: config.secureCookies }));
  }
  if (config.saml)
    app.use(SAML_PATH, limitAnonymous, samlRouter(db, config.saml, { secureCookies: config.secureCookies }));
  app.use('/api/offers', offerCsvRouter(db));
  app.use('/api/projects', projectExportRouter(db));
  app.use('/api/overview', overviewExportRouter(db));
  app.use('/api/cluster', clusterIcsRouter(db));
  app.use('/api/cluster', clusterExportRouter(db));
  app.use('/api/business-cases', businessCaseExportRouter(db));
  app.use(
    '/api/budget',
    actualsImportRouter(db, (req, res, user) => createContext(db, config, req, res, user)),
  );
  app.use('/api/reports', reportRouter(db));
  app.use('/api/cofinancing', cofinancingRouter(db));

  app.use('/api/hsds', limitAnonymous, hsdsRouter(db));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'Siden findes ikke.' });
  });
  app.use('/api', restRequestErrors);

  const indexHtml = join(webDistDir, 'index.html');
  app.use('/assets', express.static(join(webDistDir, 'assets'), { immutable: true, maxAge: '1y', index: false }));
  app.use(express.static(webDistDir, { index: false }));
  // The SPA renders every other path, including its Danish "siden findes ikke" page.
  app.use((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return void res.status(404).end();
    if (!existsSync(indexHtml)) return void res.status(503).type('html').send(notBuiltPage);
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
  app.use(databaseErrors);

  return { app, stop: () => apollo.stop().then(closeCalcPool) };
}
