import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { searchOffers, type SearchInput } from './searchEngine';
import { listSynonymGroups, replaceSynonymGroups } from './synonyms';

export const searchResolvers = {
  Query: {
    searchOffers: (_: unknown, { input }: { input: SearchInput }, ctx: Context) =>
      searchOffers(ctx.db, input, { municipalityId: municipalityOf(ctx) }),
    searchSynonyms: (_: unknown, __: unknown, ctx: Context) => listSynonymGroups(ctx),
  },
  Mutation: {
    updateSearchSynonyms: (_: unknown, { groups }: { groups: unknown }, ctx: Context) => replaceSynonymGroups(ctx, groups),
  },
};
