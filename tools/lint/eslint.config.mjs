// The lint gate (ADR 022). ESLint with typescript-eslint's type-checked rules on a TypeScript 6 that only
// this package installs (typescript-eslint needs TypeScript < 6.1; the repo compiles with TypeScript 7),
// React's hooks rules, @graphql-eslint on the SDL and on the web's operations, and import boundaries
// between features and layers. The repository root's eslint.config.mjs re-exports this file.
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const webOperations = 'apps/web/src/**/*.{ts,tsx}';
const webDocuments = ['apps/web/src/**/*.{ts,tsx,graphql}', '!apps/web/src/**/__generated__/**'];
// @graphql-eslint loads one GraphQL config per process and keeps it, so the SDL and the operations
// blocks share this one.
const graphQLConfig = { schema: 'apps/api/src/**/*.graphql', documents: webDocuments };

// Web features may use another feature only through the modules it offers to others (its public
// surface, listed here); everything else in a feature folder is its own business.
const webFeaturesDir = join(root, 'apps/web/src/features');
const webFeatures = readdirSync(webFeaturesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const webPublicModules = [
  'auth/useViewer.ts',
  'auth/viewerFields.ts',
  'auth/rememberedViewer.ts',
  'auth/startPath.ts',
  'shell/useDocumentTitle.ts',
  'cluster/GrantList.tsx',
  'organisation/BodyList.tsx',
  // The director's co-financing card on the overview (issue 13).
  'cofinancing/CofinancingCard.tsx',
  'cofinancing/cofinancingQueries.ts',
  'organisation/OrgUnitTree.tsx',
  'overview/fragments.ts',
  'overview/overviewTypes.ts',
  'overview/BudgetTable.tsx',
  'overview/AttentionList.tsx',
  'overview/attentionQuery.ts',
  'themes/useFormSubmit.ts',
  'themes/validateInput.ts',
  // The theme forms and table parts the project page (projects/page) uses for a project's rows.
  'themes/MilestoneForm.tsx',
  'themes/BudgetLineForm.tsx',
  'themes/FormActions.tsx',
  'themes/DeleteButton.tsx',
  'themes/milestoneWhen.ts',
  'themes/themeMutations.ts',
  'themes/useEditableRows.ts',
  'calculations/readFileText.ts',
  'offers/offline/offlineStore.ts',
  // What the server last told of the catalogue's version (ADR 076): forgotten at sign-out.
  'offers/offline/localFirst.ts',
  // The offline send queue (ADR 053): the shell shows it on every page and empties it at sign-out.
  'offers/offline/SendQueueProvider.tsx',
  'offers/offline/SendQueuePanel.tsx',
  // The business-case result view the proposals pages (features/proposals) show for saved cases.
  'calculations/BusinessCaseResultView.tsx',
  'calculations/calculationQueries.ts',
  // Answered comments on proposals, shown in the work queue (/opgaver) and on the director's overview.
  'proposals/ProposalNotices.tsx',
  'proposals/proposalNoticeQueries.ts',
  // The proposal an agenda item of Sundhedsforum or "Sammen om sundhed" treats (cluster/meetings, ADR 047).
  'proposals/ProposalSelect.tsx',
];
const webFeatureZones = webFeatures.map((feature) => ({
  target: `./apps/web/src/features/${feature}`,
  from: './apps/web/src/features',
  except: [`./${feature}`, ...webPublicModules.filter((m) => !m.startsWith(`${feature}/`)).map((m) => `./${m}`)],
  message: `Web feature '${feature}' may use another feature only through its public modules (ADR 022).`,
}));

const layerZones = [
  {
    target: './packages',
    from: './apps',
    message: 'Packages are shared by the apps and may not import from them.',
  },
  {
    target: './apps/api/src/features',
    from: ['./apps/api/src/graphql/schema.ts', './apps/api/src/server.ts', './apps/api/src/main.ts'],
    message: 'API features are assembled by the schema and the server; they may not import that assembly.',
  },
  {
    target: './apps/web/src',
    from: './apps/api',
    message: 'The web app talks to the API over GraphQL only.',
  },
  {
    // The API's tests do read the web's operations, to check them against the schema and the roles.
    target: './apps/api/src',
    from: './apps/web',
    message: 'The API may not import the web app.',
  },
];

const schemaNaming = graphql.configs['flat/schema-recommended'].rules['@graphql-eslint/naming-convention'][1];
const typeScriptFiles = ['**/*.{ts,tsx,mts,cts}'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/',
      '**/dist/',
      // bench/bundled.mjs's bundles (ADR 082).
      'apps/api/.bench/',
      '**/__generated__/',
      '**/coverage/',
      '.data/',
      '.e2e-artifacts/',
      'prisma/migrations/',
    ],
  },
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },

  // JavaScript and TypeScript.
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts,cts}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: typeScriptFiles,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // TypeScript files outside tsconfig.json's include get a default project of their own.
        projectService: {
          allowDefaultProject: ['codegen.ts'],
        },
        tsconfigRootDir: root,
      },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // On since noUncheckedIndexedAccess is (ADR 023): an assertion the types no longer need is noise.
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      // Functions are async where an interface asks for a promise (Apollo plugin hooks, Express handlers
      // behind the error wrapper, cleanup lists); a missing await is not a defect there.
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests and benchmarks read GraphQL answers as JSON (untyped until the operations are generated).
    files: ['**/test/**', '**/*.test.{ts,tsx}', 'e2e/**', 'bench/**', '**/bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'apps/web/public/**/*.js'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['apps/web/public/sw.js'],
    languageOptions: { globals: { ...globals.serviceworker } },
  },

  // Import boundaries between features and layers.
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: join(root, 'tsconfig.json') })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...webFeatureZones, ...layerZones] }],
    },
  },

  // GraphQL: the SDL under apps/api/src, and the operations the web app writes with gql`…`.
  {
    files: [webOperations],
    processor: graphql.processor,
  },
  {
    files: ['apps/api/src/**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      // The SDL writes short descriptions inline and longer ones as blocks: both stay.
      '@graphql-eslint/description-style': 'off',
      // Result and value types (payback, tornado rows, percentiles) have no identity of their own.
      '@graphql-eslint/strict-id-in-types': 'off',
      // Enum values are the domain's stored keys (roles 'sundhedsstab', regimes 'basic2007', 'missing').
      '@graphql-eslint/naming-convention': [
        'error',
        Object.fromEntries(Object.entries(schemaNaming).filter(([kind]) => kind !== 'EnumValueDefinition')),
      ],
    },
  },
  {
    files: ['apps/web/src/**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/operations-recommended'].rules,
    },
  },
);
