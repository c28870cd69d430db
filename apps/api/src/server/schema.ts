// Schema assembly, beside the server and above the features: the SDL files of every feature plus their
// resolvers, guarded by the access directives. Features never import this module (docs/architecture.md).
import { makeExecutableSchema } from '@graphql-tools/schema';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GraphQLSchema } from 'graphql';
import { repoRoot } from '../db/paths';
import { authResolvers } from '../features/auth/resolvers';
import { calculationResolvers } from '../features/calculations/resolvers';
import { cofinancingResolvers } from '../features/cofinancing/resolvers';
import { clusterResolvers } from '../features/cluster/resolvers';
import { secretariatResolvers } from '../features/cluster/secretariatResolvers';
import { reformResolvers } from '../features/reform/resolvers';
import { organisationResolvers } from '../features/organisation/resolvers';
import { overviewResolvers } from '../features/overview/resolvers';
import { projectResolvers } from '../features/projects/resolvers';
import { reportResolvers } from '../features/reports/resolvers';
import { searchResolvers } from '../features/search/resolvers';
import { vocabularyResolvers } from '../features/vocabulary/resolvers';
import { offerResolvers } from '../features/offers/resolvers';
import { themeResolvers } from '../features/themes/resolvers';
import { changeEntryResolvers } from '../features/history/historyResolvers';
import { proposalResolvers } from '../features/proposals/resolvers';
import { wrapAccess } from '../graphql/access';
import { wrapInputHygiene } from '../graphql/inputHygiene';
import { wrapRootMemo } from '../graphql/rootMemo';
import { DateScalar, DateTimeScalar } from '../graphql/scalars';

/** Set by build.mjs: the SDL files' texts, in the order below, so dist/ runs without the source tree. */
declare const __SUNDHED_SDL__: readonly string[] | undefined;

/** The SDL files in schema order: graphql/base.graphql, then every feature's *.graphql, sorted. */
export function sdlFiles(srcDir = join(repoRoot, 'apps/api/src')): string[] {
  const files = [join(srcDir, 'graphql/base.graphql')];
  const featuresDir = join(srcDir, 'features');
  for (const feature of readdirSync(featuresDir).sort()) {
    for (const file of readdirSync(join(featuresDir, feature)).sort()) {
      if (file.endsWith('.graphql')) files.push(join(featuresDir, feature, file));
    }
  }
  return files;
}

/** The SDL: bundled into dist by the build, read from the source tree otherwise (tests, `pnpm dev`). */
export function loadTypeDefs(): string[] {
  if (typeof __SUNDHED_SDL__ !== 'undefined') return [...__SUNDHED_SDL__];
  return sdlFiles().map((f) => readFileSync(f, 'utf8'));
}

const baseResolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: { health: () => true },
  Mutation: { noop: () => null },
};

export function buildSchema(): GraphQLSchema {
  const schema = makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      baseResolvers,
      authResolvers,
      organisationResolvers,
      themeResolvers,
      projectResolvers,
      clusterResolvers,
      overviewResolvers,
      calculationResolvers,
      offerResolvers,
      searchResolvers,
      vocabularyResolvers,
      changeEntryResolvers,
      reportResolvers,
      secretariatResolvers,
      reformResolvers,
      cofinancingResolvers,
      proposalResolvers,
    ],
  });
  return wrapInputHygiene(wrapAccess(wrapRootMemo(schema)));
}
