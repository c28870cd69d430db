// GraphQL Code Generator (ADR 021): types for both sides from the SDL files, offline (no running server).
// `pnpm codegen` writes them into the __generated__/ folders, which are committed; `pnpm codegen:check`
// fails when they drift from the SDL or the web app's documents.
import type { CodegenConfig } from '@graphql-codegen/cli';

const schema = ['apps/api/src/graphql/base.graphql', 'apps/api/src/features/*/*.graphql'];

/** Object types whose resolvers get (and return) the Prisma row of the same name. */
const prismaModels = [
  'AgendaItem',
  'Body',
  'BodyMember',
  'BudgetLine',
  'Cluster',
  'ClusterMeeting',
  'ClusterMember',
  'FollowUp',
  'FundingFlow',
  'Grant',
  'GrantAmountChange',
  'Indicator',
  'IndicatorValue',
  'MeetingParticipant',
  'Milestone',
  'Municipality',
  'Offer',
  'OfferChange',
  'OfferLocation',
  'OfferReport',
  'OfferSchedule',
  'OrgUnit',
  'PopulationFigure',
  'Project',
  'ProjectOwnership',
  'ReformTransfer',
  'Region',
  'Source',
  'StatusReport',
  'Theme',
  // Proposals (issue 14)
  'Proposal',
  'ProposalStageChange',
  'ProposalComment',
  'Price',
  'PriceIndex',
  'SavedBusinessCase',
  'BusinessCaseVersion',
];

/**
 * Our scalars as the resolvers receive them (a Date is parsed once, at the scalar, into a Date: ADR 027)
 * and as they return them.
 */
const scalars = {
  Date: { input: 'Date', output: 'string | Date' },
  DateTime: { input: 'string', output: 'string | Date' },
  JSON: { input: 'unknown', output: 'unknown' },
};

const config: CodegenConfig = {
  overwrite: true,
  generates: {
    // API: resolver signatures, the parents mapped to the Prisma rows the resolvers return.
    'apps/api/src/__generated__/graphql.ts': {
      schema,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: '../graphql/context#Context',
        useTypeImports: true,
        enumsAsTypes: true,
        scalars,
        mappers: {
          ...Object.fromEntries(prismaModels.map((m) => [m, `./prisma/client#${m} as Prisma${m}`])),
          Viewer: '../auth/session#SessionUser',
          Overview: '../features/overview/resolvers#OverviewRoot',
          ChangeEntry: '../features/history/historyResolvers#ChangeRow',
          AttentionItem: '../features/projects/attention#AttentionRow',
          ClusterAttentionItem: '../features/projects/attention#AttentionRow',
          ClusterChangeEntry: '../features/cluster/resolvers#ClusterChangeRow',
          QuarterRef: '@sundhed/shared/followUp#Quarter',
          Project: '../features/projects/portfolio#ProjectWithRollup',
          ReformCandidate: '../features/reform/reformService#ReformCandidateRow',
          ProposalTreatment: '../features/proposals/proposalTreatments#Treatment',
          RealisedEffect: '../features/proposals/realisedEffect#RealisedEffectRow',
        },
      },
    },
    // Web: typed operations and fragments, written with graphql() beside the components that use them.
    'apps/web/src/__generated__/': {
      schema,
      documents: ['apps/web/src/**/*.{ts,tsx}', '!apps/web/src/__generated__/**'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        onlyOperationTypes: true,
        // Apollo Client adds __typename to every selection it sends, so every result carries it: the types
        // say so, and test mocks must too (as the cache needs it to normalise them).
        nonOptionalTypename: true,
        skipTypeNameForRoot: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        defaultScalarType: 'unknown',
      },
    },
  },
};

export default config;
