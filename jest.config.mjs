// One Jest run, four projects: pure packages, the API against real PostgreSQL, web components in
// jsdom, and end-to-end tests in headless Chromium against the built app.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      transform: {
        react: { runtime: 'automatic' },
        optimizer: { globals: { vars: { 'import.meta.hot': 'undefined' } } },
      },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];
const common = {
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: [
    '/node_modules/(?!(.pnpm|react-router|@remix-run|cookie-es|openid-client|oauth4webapi|jose|oidc-provider|eta|quick-lru)/)',
    '/node_modules/.pnpm/(?!(@sundhed|.*@apollo|.*rehackt|react-router@|@remix-run|cookie-es|openid-client@|oauth4webapi@|jose@|oidc-provider@|eta@|quick-lru@))',
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'mjs', 'cjs', 'json'],
};

// Without a PostgreSQL server each API test file starts its own embedded PGlite (slower to set up).
const embedded = process.env.SUNDHED_TEST_EMBEDDED === '1';

export default {
  // Hooks start servers and databases; the embedded database needs longer.
  testTimeout: embedded ? 120_000 : 30_000,
  projects: [
    {
      ...common,
      displayName: 'packages',
      testEnvironment: 'node',
      roots: ['<rootDir>/packages'],
      testMatch: ['**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/apps/api'],
      testMatch: ['**/*.test.ts'],
      globalSetup: '<rootDir>/apps/api/test/globalSetup.ts',
      globalTeardown: '<rootDir>/apps/api/test/globalTeardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/failOnConsoleError.ts'],
    },
    {
      ...common,
      displayName: 'web',
      testEnvironment: 'jsdom',
      roots: ['<rootDir>/apps/web'],
      testMatch: ['**/*.test.tsx', '**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/apps/web/test/setup.ts', '<rootDir>/test/failOnConsoleError.ts'],
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      roots: ['<rootDir>/e2e'],
      testMatch: ['**/*.e2e.test.ts'],
      testTimeout: 120_000,
    },
  ],
};
