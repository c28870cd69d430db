import {
  coursesEnded,
  isoToDate,
  LANGUAGE_CODE,
  lastCourseDay,
  nextCourseDay,
  storedScheduleDays,
  NEED_CATEGORIES,
  needCategoryByCode,
  today,
} from '@sundhed/shared';
import type { Offer, OfferChange, OfferReport, OfferSchedule } from '../../__generated__/prisma/client';
import type { Resolvers } from '../../__generated__/graphql';
import type { Context } from '../../graphql/context';
import { referenced } from '../../graphql/loaders';
import { sourceField } from '../../graphql/scope';
import { importOffersCsv } from './importService';
import * as offers from './offerService';
import { publicOfferUrl } from './publicAddress';
import { asPublicView, isPublicView, professionalOnly } from './publicView';
import * as review from './reviewService';
import { listOutbox, sendOfferToCitizen } from './sendService';
import * as translations from './translationService';
import { sendOfferBySms } from './smsService';

type Ctx = Context;
const dateOnly = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const staffName = async (id: string | null, ctx: Ctx) =>
  id ? ((await ctx.loaders.staffName.load(id))?.name ?? null) : null;

export const offerResolvers = {
  Query: {
    offer: (_, { id }, ctx) => offers.findOffer(ctx, id),
    offers: (_, a, ctx) =>
      offers.listOffers(ctx, a.status, a.ownerUnitId, { nameContains: a.nameContains, limit: a.limit }),
    needCategories: () => [...NEED_CATEGORIES],
    reviewQueue: (_, { months }, ctx) => review.reviewQueue(ctx, months),
    offerReports: (_, { status }, ctx) => review.listReports(ctx, status),
    publicOffer: async (_, { id }, ctx) => asPublicView(await offers.findPublicOffer(ctx, id)),
    outbox: (_: unknown, __: unknown, ctx: Ctx) => listOutbox(ctx),
    handoutLanguages: async (_, __, ctx) =>
      (await translations.listHandoutLanguages(ctx.db)).map(translations.languageView),
  },
  Mutation: {
    createOffer: (_, a, ctx) => offers.createOffer(ctx, a.input),
    updateOffer: (_, a, ctx) => offers.updateOffer(ctx, a.id, a.version, a.input),
    setOfferStatus: (_, a, ctx) => offers.setOfferStatus(ctx, a.id, a.version, a.status, a.alert),
    assureOffers: (_, a, ctx) => offers.assureOffers(ctx, a.ids, a.versions),
    reportOfferError: (_, a, ctx) => review.reportOfferError(ctx, a.offerId, a.message),
    resolveOfferReport: (_, a, ctx) => review.resolveOfferReport(ctx, a.id, a.version, a.resolution),
    importOffersCsv: (_, a, ctx) => importOffersCsv(ctx, a.csv, a.places, a.times),
    sendOfferToCitizen: (_, a, ctx) => sendOfferToCitizen(ctx, a.offerId, a.email, a.language, a.idempotencyKey),
    sendOfferBySms: (_, a, ctx) => sendOfferBySms(ctx, a.offerId, a.phone, a.language, a.idempotencyKey),
    saveOfferTranslation: (_, a, ctx) =>
      translations.saveOfferTranslation(ctx, a.offerId, a.language, a.version, a.input),
    saveHandoutLanguage: (_, a, ctx) => translations.saveHandoutLanguage(ctx, a.code, a.version, a.input),
  },
  Offer: {
    ...sourceField,
    ownerUnit: (o: Offer, _: unknown, ctx: Ctx) => referenced(ctx.loaders.orgUnit.load(o.ownerUnitId)),
    municipalityName: async (o: Offer, _: unknown, ctx: Ctx) =>
      (await referenced(ctx.loaders.municipality.load(o.municipalityId))).name,
    professionalPhone: professionalOnly('professionalPhone'),
    intakeNotes: professionalOnly('intakeNotes'),
    tellCitizen: professionalOnly('tellCitizen'),
    needCategories: (o: Offer) =>
      o.needCategories.map(
        (code) => needCategoryByCode(code) ?? { code, label: code, system: 'ukendt', definition: '' },
      ),
    assuredByName: (o: Offer, _: unknown, ctx: Ctx) =>
      isPublicView(o) || !ctx.user ? null : staffName(o.assuredById, ctx),
    locations: (o: Offer, _: unknown, ctx: Ctx) => ctx.loaders.offerLocations.load(o.id),
    schedules: (o: Offer, _: unknown, ctx: Ctx) => ctx.loaders.offerSchedules.load(o.id),
    coursesEnded: async (o: Offer, _: unknown, ctx: Ctx) =>
      coursesEnded(storedScheduleDays(await ctx.loaders.offerSchedules.load(o.id)), today()),
    lastCourseDay: async (o: Offer, _: unknown, ctx: Ctx) => {
      const last = lastCourseDay(storedScheduleDays(await ctx.loaders.offerSchedules.load(o.id)));
      return last ? isoToDate(last) : null;
    },
    publicUrl: (o: Offer, { language }: { language?: string | null }) =>
      publicOfferUrl(o.id, language && LANGUAGE_CODE.test(language) && language !== 'da' ? language : null),
    translations: (o: Offer, _: unknown, ctx: Ctx) =>
      isPublicView(o) || !ctx.user
        ? []
        : ctx.db.offerTranslation.findMany({ where: { offerId: o.id }, orderBy: { language: 'asc' } }),
    translation: (o: Offer, { language }: { language: string }, ctx: Ctx) =>
      translations.findOfferTranslation(ctx.db, o.id, language),
    nextCourseDay: async (o: Offer, _: unknown, ctx: Ctx) => {
      const next = nextCourseDay(storedScheduleDays(await ctx.loaders.offerSchedules.load(o.id)), today());
      return next ? isoToDate(next) : null;
    },
    themes: async (o: Offer, _: unknown, ctx: Ctx) =>
      isPublicView(o) || !ctx.user ? [] : (await ctx.loaders.offerThemes.load(o.id)).map((t) => t.theme),
    projects: async (o: Offer, _: unknown, ctx: Ctx) =>
      isPublicView(o) || !ctx.user ? [] : (await ctx.loaders.offerProjects.load(o.id)).map((p) => p.project),
    // The history names staff and shows old values: the staff unit only.
    changes: (o: Offer, _: unknown, ctx: Ctx) =>
      !isPublicView(o) && ctx.user?.role === 'sundhedsstab' ? ctx.loaders.offerChanges.load(o.id) : [],
  },
  OfferSchedule: {
    validFrom: (s: OfferSchedule) => dateOnly(s.validFrom),
    validTo: (s: OfferSchedule) => dateOnly(s.validTo),
    locationName: (s: OfferSchedule & { location?: { name: string } | null }) => s.location?.name ?? null,
  },
  OfferChange: {
    userName: (c: OfferChange & { user?: { name: string } | null }) => c.user?.name ?? null,
    oldValue: (c: OfferChange) => (c.oldValue == null ? null : JSON.stringify(c.oldValue)),
    newValue: (c: OfferChange) => (c.newValue == null ? null : JSON.stringify(c.newValue)),
  },
  OfferReport: {
    offer: (r: OfferReport, _: unknown, ctx: Ctx) => referenced(ctx.loaders.offer.load(r.offerId)),
    reportedByName: (r: OfferReport, _: unknown, ctx: Ctx) => staffName(r.reportedById, ctx),
    resolvedByName: (r: OfferReport, _: unknown, ctx: Ctx) => staffName(r.resolvedById, ctx),
  },
} satisfies Resolvers;
