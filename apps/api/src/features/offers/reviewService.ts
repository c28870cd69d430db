// Keeping the catalogue trustworthy: the review queue of offers not confirmed for a while, and the
// "Rapportér fejl" reports from front-line staff.
import {
  coursesEnded,
  monthsBefore,
  reviewReasons,
  storedScheduleDays,
  now,
  today,
  offerReportInputSchema,
  offerResolutionInputSchema,
  reviewQueueInputSchema,
} from '@sundhed/shared';
import type { ReportStatus } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { staleOrMissing } from '../../graphql/versioning';
import type { z } from 'zod';
import { MAX_OFFER_REPORTS } from '../../graphql/listBounds';

/** Validates plain field arguments; issues are named by the argument ("months", "email"). */
export function validateArgs<S extends z.ZodType>(schema: S, args: Record<string, unknown>): z.infer<S> {
  try {
    return validate(schema, args, '');
  } catch (error) {
    for (const f of (error as { fields?: { path: string }[] }).fields ?? []) f.path = f.path.replace(/^\./, '');
    throw error;
  }
}

/**
 * Offers due for review: not confirmed for `months`, or listed as running while their scheduled courses
 * have all ended by the shared clock (the catalogue's one rule, offerCourses.ts; issue 12).
 */
export async function reviewQueue(ctx: Context, months: number) {
  validateArgs(reviewQueueInputSchema, { months });
  const municipalityId = municipalityOf(ctx);
  const cutoff = monthsBefore(now(), months);
  const day = today();
  const candidates = await ctx.db.offer.findMany({
    where: {
      municipalityId,
      status: { not: 'ENDED' },
      OR: [{ assuredAt: null }, { assuredAt: { lte: cutoff } }, { schedules: { some: { kind: 'COURSE' } } }],
    },
    include: { schedules: { select: { kind: true, validFrom: true, validTo: true } } },
    orderBy: [{ assuredAt: { sort: 'asc', nulls: 'first' } }, { name: 'asc' }],
  });
  // The shared rule (offerReview.ts) decides, as the web app's reason for each entry does.
  const offers = candidates
    .filter(
      (o) =>
        reviewReasons({ ...o, coursesEnded: coursesEnded(storedScheduleDays(o.schedules), day) }, cutoff).length > 0,
    )
    .map(({ schedules: _schedules, ...offer }) => offer);
  const groups = new Map<string, typeof offers>();
  for (const o of offers) groups.set(o.ownerUnitId, [...(groups.get(o.ownerUnitId) ?? []), o]);
  const units = await ctx.db.orgUnit.findMany({ where: { id: { in: [...groups.keys()] } } });
  return units
    .sort((a, b) => a.name.localeCompare(b.name, 'da'))
    .map((ownerUnit) => ({ ownerUnit, offers: groups.get(ownerUnit.id) ?? [] }));
}

export function listReports(ctx: Context, status?: ReportStatus | null) {
  return ctx.db.offerReport.findMany({
    where: { offer: { municipalityId: municipalityOf(ctx) }, ...(status ? { status } : {}) },
    orderBy: { createdAt: 'desc' },
    take: MAX_OFFER_REPORTS,
  });
}

export async function reportOfferError(ctx: Context, offerId: string, message: string) {
  const input = validateArgs(offerReportInputSchema, { message });
  const offer = await ctx.db.offer.findFirst({
    where: { id: offerId, municipalityId: municipalityOf(ctx) },
    select: { id: true },
  });
  if (!offer) throw notFound();
  return ctx.db.offerReport.create({ data: { offerId, message: input.message, reportedById: ctx.user!.id } });
}

/** Resolves a report as of the version the caller saw (compare-and-set, ADR 016). */
export async function resolveOfferReport(
  ctx: Context,
  id: string,
  version: number,
  resolution: string | null | undefined,
) {
  const input = validateArgs(offerResolutionInputSchema, { resolution });
  const where = { id, offer: { municipalityId: municipalityOf(ctx) } };
  const [row] = await ctx.db.offerReport.updateManyAndReturn({
    where: { ...where, version },
    data: {
      status: 'RESOLVED',
      resolution: input.resolution,
      resolvedById: ctx.user!.id,
      resolvedAt: now(),
      version: { increment: 1 },
    },
  });
  if (row) return row;
  throw staleOrMissing('report', await ctx.db.offerReport.findFirst({ where }), (r) => ({
    status: r.status,
    resolution: r.resolution,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
  }));
}
