import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { searchOffers, type SearchInput } from './searchEngine';
import { listSynonymGroups, replaceSynonymGroups, synonymsVersion } from './synonyms';

export const searchResolvers = {
  Query: {
    searchOffers: (_: unknown, { input }: { input: SearchInput }, ctx: Context) => {
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
    updateSearchSynonyms: (_: unknown, { version, groups }: { version: number; groups: unknown }, ctx: Context) =>
      replaceSynonymGroups(ctx, version, groups),
  },
};
