import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { searchOffers } from './searchEngine';
import { listSynonymGroups, replaceSynonymGroups, synonymsVersion } from './synonyms';

export const searchResolvers = {
  Query: {
    searchOffers: (_, { input }, ctx) => {
      const municipalityId = municipalityOf(ctx);
      const read = ctx.dataVersions.read;
      return searchOffers(ctx.db, input, {
        municipalityId,
        versions: read?.municipalityId === municipalityId ? read.byKind : undefined,
      });
    },
    searchSynonyms: (_: unknown, __: unknown, ctx: Context) => listSynonymGroups(ctx),
    searchSynonymsVersion: (_: unknown, __: unknown, ctx: Context) => synonymsVersion(ctx),
  },
  Mutation: {
    updateSearchSynonyms: (_, { version, groups }, ctx) => replaceSynonymGroups(ctx, version, groups),
  },
} satisfies Resolvers;
