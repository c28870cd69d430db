import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import {
  addConceptTerm,
  listMunicipalConcepts,
  listNationalConcepts,
  saveMunicipalConcept,
} from './municipalVocabulary';

export const vocabularyResolvers = {
  Query: {
    municipalVocabulary: (_: unknown, __: unknown, ctx: Context) => listMunicipalConcepts(ctx),
    nationalConcepts: () => listNationalConcepts(),
  },
  Mutation: {
    saveMunicipalConcept: (_, { id, version, input }, ctx) => saveMunicipalConcept(ctx, id, version, input),
    addMunicipalConceptTerm: (_, { nationalId, term }, ctx) => addConceptTerm(ctx, nationalId, term),
  },
} satisfies Resolvers;
