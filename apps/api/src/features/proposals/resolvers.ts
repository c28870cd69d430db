import {
  allowedNextStages,
  businessCaseTemplateLabels,
  clusterMessages as cm,
  paybackText,
  priceBearerLabels,
  proposalStageLabels,
} from '@sundhed/shared';
import type { BusinessCaseReport } from '@sundhed/calc';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { sourceField } from '../../graphql/scope';
import { toView } from '../calculations/businessCaseService';
import * as cases from './businessCaseStore';
import * as catalogue from './priceCatalogue';
import * as proposals from './proposalService';
import { treatmentOf, treatmentsOf } from './proposalTreatments';
import { followIndicator, realisedEffect } from './realisedEffect';

const source = (id: string | null, ctx: Context) => (id ? ctx.loaders.source.load(id) : null);
const userName = async (id: string | null, ctx: Context) =>
  id ? ((await ctx.db.staffUser.findUnique({ where: { id }, select: { name: true } }))?.name ?? null) : null;
const view = (r: unknown) => (r ? toView(r as BusinessCaseReport) : null);

export const proposalResolvers = {
  Query: {
    proposals: (_, __, ctx) => proposals.listProposals(ctx),
    proposal: (_, { id }, ctx) => proposals.findProposal(ctx, id),
    proposalNotices: (_, __, ctx) => proposals.proposalNotices(ctx),
    proposalOfferOptions: (_, a, ctx) => proposals.offerOptions(ctx, a.search, a.first ?? 10),
    proposalProjectOptions: (_, a, ctx) => proposals.projectOptions(ctx, a.search, a.first ?? 10),
    prices: (_, __, ctx) => catalogue.listPrices(ctx),
    priceIndexes: (_, __, ctx) => catalogue.listIndexes(ctx),
    savedBusinessCase: (_, { id }, ctx) =>
      ctx.db.savedBusinessCase.findFirst({ where: { id, municipalityId: ctx.user?.municipalityId ?? '-' } }),
    compareBusinessCaseVersions: (_, a, ctx) => cases.compareVersions(ctx, a.id, a.a, a.b),
  },
  Mutation: {
    createProposal: (_, { input }, ctx) => proposals.createProposal(ctx, input),
    updateProposal: (_, a, ctx) => proposals.updateProposal(ctx, a.id, a.version, a.input),
    changeProposalStage: (_, a, ctx) => proposals.changeStage(ctx, a.id, a.version, a.input),
    commentProposal: (_, a, ctx) => proposals.commentProposal(ctx, a.id, a.text, a.replyToId),
    dismissProposalNotice: (_, a, ctx) => proposals.dismissNotice(ctx, a.commentId),
    createSavedBusinessCase: (_, a, ctx) => cases.createSavedCase(ctx, a),
    saveBusinessCaseVersion: (_, a, ctx) => cases.saveVersion(ctx, a.id, a.version, a.input, a.reason),
    followBusinessCaseIndicator: (_, a, ctx) => followIndicator(ctx, a.id, a.version, a.indicatorId ?? null),
    createPrice: (_, { input }, ctx) => catalogue.createPrice(ctx, input),
    updatePrice: (_, a, ctx) => catalogue.updatePrice(ctx, a.id, a.version, a.input),
    createPriceIndex: (_, { input }, ctx) => catalogue.createPriceIndex(ctx, input),
    updatePriceIndex: (_, a, ctx) => catalogue.updatePriceIndex(ctx, a.id, a.version, a.input),
  },
  Proposal: {
    needSource: (p, _, ctx) => source(p.needSourceId, ctx),
    responsibleUnit: (p, _, ctx) => (p.responsibleUnitId ? ctx.loaders.orgUnit.load(p.responsibleUnitId) : null),
    stageLabel: (p) => proposalStageLabels[p.stage],
    allowedNextStages: (p) => allowedNextStages(p.stage),
    project: (p, _, ctx) => (p.projectId ? ctx.db.project.findUnique({ where: { id: p.projectId } }) : null),
    offers: async (p, _, ctx) =>
      (await ctx.db.proposalOffer.findMany({ where: { proposalId: p.id }, include: { offer: true } })).map(
        (l) => l.offer,
      ),
    linkedProjects: async (p, _, ctx) =>
      (await ctx.db.proposalProject.findMany({ where: { proposalId: p.id }, include: { project: true } })).map(
        (l) => l.project,
      ),
    stageChanges: (p, _, ctx) =>
      ctx.db.proposalStageChange.findMany({
        where: { proposalId: p.id },
        orderBy: [{ date: 'asc' }, { createdAt: 'asc' }],
      }),
    comments: (p, _, ctx) =>
      ctx.db.proposalComment.findMany({ where: { proposalId: p.id }, orderBy: { createdAt: 'asc' } }),
    businessCases: (p, _, ctx) =>
      ctx.db.savedBusinessCase.findMany({ where: { proposalId: p.id }, orderBy: { createdAt: 'asc' } }),
    treatments: (p, _, ctx) => treatmentsOf(ctx, p.id),
  },
  ProposalTreatment: {
    outcomeLabel: (t) => (t.outcome ? cm.outcome[t.outcome]! : null),
  },
  ProposalStageChange: {
    ...sourceField,
    toStageLabel: (c) => proposalStageLabels[c.toStage],
    bodyName: async (c, _, ctx) =>
      c.bodyId
        ? ((await ctx.db.body.findUnique({ where: { id: c.bodyId }, select: { name: true } }))?.name ?? null)
        : null,
    userName: (c, _, ctx) => userName(c.userId, ctx),
    treatment: (c, _, ctx) => treatmentOf(ctx, c.agendaItemId),
  },
  ProposalComment: {
    authorName: (c, _, ctx) => userName(c.authorId, ctx),
  },
  Price: {
    ...sourceField,
    missing: (p) => p.amountKr === null,
    bearerLabel: (p) => priceBearerLabels[p.bearer],
  },
  PriceIndex: {
    ...sourceField,
    points: (p) => p.points as { year: number; value: number }[],
  },
  SavedBusinessCase: {
    templateLabel: (c) =>
      businessCaseTemplateLabels[c.template as keyof typeof businessCaseTemplateLabels] ?? c.template,
    result: (c) => view(c.result),
    previousResult: (c) => view(c.previousResult),
    paybackText: (c) => {
      const r = c.result as BusinessCaseReport | null;
      if (!r) return null;
      return paybackText(r.payback.undiscounted, r.years.length - 1);
    },
    versions: (c, _, ctx) =>
      ctx.db.businessCaseVersion.findMany({ where: { businessCaseId: c.id }, orderBy: { number: 'desc' } }),
    realised: (c, _, ctx) => realisedEffect(ctx, c),
  },
  RealisedEffect: {
    realisedResult: (r) => view(r.realisedResult),
  },
  BusinessCaseVersion: {
    userName: (v, _, ctx) => userName(v.userId, ctx),
    result: (v) => view(v.result),
  },
} satisfies Resolvers;
