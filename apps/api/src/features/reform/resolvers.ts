import { reformMessages as rm, reformUi } from '@sundhed/shared';
import type { Offer, ReformTransfer } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { sourceField } from '../../graphql/scope';
import { markReformTransfer, ownerOn, reformCandidates } from './reformService';

/** "Opgaver der flytter til regionen" and the owner of an offer on a day (ADR 038). */
export const reformResolvers = {
  Query: {
    reformTransfers: (_: unknown, __: unknown, ctx: Context) => reformCandidates(ctx),
  },
  Mutation: {
    markReformTransfer: (_: unknown, a, ctx: Context) => markReformTransfer(ctx, a.input, a.version),
  },
  ReformCandidate: {
    kindLabel: (c: { kind: string }) => reformUi.kind[c.kind] ?? c.kind,
  },
  ReformTransfer: {
    ...sourceField,
    taskLabel: (t: ReformTransfer) => rm.task[t.task] ?? t.task,
  },
  Offer: {
    ownerOn: (o: Offer, a, ctx: Context) => ownerOn(ctx, o, a.date),
  },
} satisfies Resolvers;
