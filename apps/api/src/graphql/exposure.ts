// What the GraphQL endpoint reveals about itself (ADR 013). In production (NODE_ENV=production, which
// `pnpm start` sets) no introspection, no "did you mean" suggestions naming fields and types, and no
// stack traces in responses; in development and tests all three help, so they stay on there.
import type { ApolloServerOptions } from '@apollo/server';
import type { AppConfig, Context } from './context';

type Exposure = Pick<
  ApolloServerOptions<Context>,
  'introspection' | 'hideSchemaDetailsFromClientErrors' | 'includeStacktraceInErrorResponses'
>;

export function apolloExposure(config: Pick<AppConfig, 'production'>): Exposure {
  const production = config.production ?? false;
  return {
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    // Apollo's own default also keys on NODE_ENV; the flag decides here, so a test can build either.
    includeStacktraceInErrorResponses: production ? false : undefined,
  };
}
