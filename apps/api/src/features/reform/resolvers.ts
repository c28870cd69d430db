import { fundingFlowMessages as fm, fundingFlowUi, reformMessages as rm, reformUi } from '@sundhed/shared';
import type { FundingFlow, Offer, ReformTransfer } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { sourceField } from '../../graphql/scope';
import { fundingFlows, saveFundingFlow } from './fundingFlowService';
import { markReformTransfer, ownerOn, reformCandidates } from './reformService';

/** "Opgaver der flytter til regionen", the owner of an offer on a day (ADR 038) and the money flows after co-financing (ADR 069). */
export const reformResolvers = {
  Query: {
    reformTransfers: (_: unknown, __: unknown, ctx: Context) => reformCandidates(ctx),
    fundingFlows: (_: unknown, __: unknown, ctx: Context) => fundingFlows(ctx),
  },
  Mutation: {
    markReformTransfer: (_: unknown, a, ctx: Context) => markReformTransfer(ctx, a.input, a.version),
    saveFundingFlow: (_: unknown, a, ctx: Context) => saveFundingFlow(ctx, a.id, a.input, a.version),
  },
  ReformCandidate: {
    kindLabel: (c: { kind: string }) => reformUi.kind[c.kind] ?? c.kind,
  },
  ReformTransfer: {
    ...sourceField,
    taskLabel: (t: ReformTransfer) => rm.task[t.task] ?? t.task,
  },
  FundingFlow: {
    ...sourceField,
    statusLabel: (f: FundingFlow) => fm.status[f.status] ?? f.status,
    partiesLabel: (f: FundingFlow) =>
      fundingFlowUi.payerToRecipient(
        fm.party[f.payerKind] ?? f.payerKind,
        fm.party[f.recipientKind] ?? f.recipientKind,
      ),
  },
  Offer: {
    ownerOn: (o: Offer, a, ctx: Context) => ownerOn(ctx, o, a.date),
  },
} satisfies Resolvers;
