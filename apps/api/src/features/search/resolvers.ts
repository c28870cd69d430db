import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { municipalityOf } from '../../graphql/scope';
import { searchIndex } from '@sundhed/search';
import { searchableInput, today } from '@sundhed/shared';
import { addOfferKeyword } from '../offers/offerKeywords';
import { listSearchesNotOpened, listSearchMisses, noteSearch, reportSearchNotOpened } from './searchMisses';
import { catalogueVersion, scopeIndex } from './scopeIndexCache';
import { withSpelling } from './termSpelling';
import { addSynonym, listSynonymGroups, listSynonymSet, replaceSynonymGroups, synonymsVersion } from './synonyms';

export const searchResolvers = {
  Query: {
    searchOffers: async (_, { input: asked }, ctx) => {
      // Only punctuation is an empty query; an impossible age ("200 år", age 200) is not searched for.
      const input = searchableInput(asked);
      const municipalityId = municipalityOf(ctx);
      const read = ctx.dataVersions.read;
      const index = await scopeIndex(
        ctx.db,
        municipalityId,
        read?.municipalityId === municipalityId ? read.byKind : undefined,
      );
      // The day and the index's label as searched, before any await: an index is updated in place (ADR 076).
      const day = today();
      const label = { offersVersion: index.offersVersion, synonymsVersion: index.synonymsVersion };
      const result = searchIndex(index, input, { municipalityId, today: day });
      await noteSearch(ctx, municipalityId, input, result);
      const version = await catalogueVersion(ctx.db, municipalityId, index, label, day);
      // An answer that cannot tell its version is not kept: the next one may.
      if (version === null) ctx.dataVersions.doNotKeep = true;
      return { ...result, catalogueVersion: version };
    },
    searchMisses: async (_: unknown, __: unknown, ctx: Context) =>
      withSpelling(await listSearchMisses(ctx), await scopeIndex(ctx.db, municipalityOf(ctx))),
    searchesNotOpened: async (_: unknown, __: unknown, ctx: Context) =>
      withSpelling(await listSearchesNotOpened(ctx), await scopeIndex(ctx.db, municipalityOf(ctx))),
    searchSynonyms: (_: unknown, __: unknown, ctx: Context) => listSynonymGroups(ctx),
    // What the scope's index searches with (its municipal concepts and broad groups), for the offline copy.
    searchVocabularyLayer: async (_: unknown, __: unknown, ctx: Context) =>
      (await scopeIndex(ctx.db, municipalityOf(ctx))).vocabularyLayer.map((row) => ({
        ...row,
        addedTerms: [...row.addedTerms],
        hiddenTerms: [...row.hiddenTerms],
      })),
    searchSynonymGroups: (_: unknown, __: unknown, ctx: Context) => listSynonymSet(ctx),
    searchSynonymsVersion: (_: unknown, __: unknown, ctx: Context) => synonymsVersion(ctx),
  },
  Mutation: {
    updateSearchSynonyms: (_, { version, groups, broad }, ctx) => replaceSynonymGroups(ctx, version, groups, broad),
    addSearchSynonym: (_, { version, term, meaning }, ctx) => addSynonym(ctx, version, term, meaning),
    reportSearchNotOpened: (_, { text }, ctx) => reportSearchNotOpened(ctx, text),
    addOfferKeyword: (_, { offerId, version, keyword }, ctx) => addOfferKeyword(ctx, offerId, version, keyword),
  },
} satisfies Resolvers;
