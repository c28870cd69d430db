// The catalogue through the 2027 reform (issue 10, ADR 038). The staff unit reviews the offers and projects
// whose task may move to the region on 1 January 2027 and marks each: moves or not, the new owner, whether
// the municipality runs it for the region under a cooperation agreement, from which day, with a source.
// The mark is versioned (ADR 016) with field history in ChangeLog; search and the offer page read the owner
// as it is on the day from it.
import {
  fieldLabels as fl,
  formatDate,
  isoToDate,
  dateToIso,
  reformMessages as rm,
  reformTransferInputSchema,
  today,
  type ReformTransferInput,
} from '@sundhed/shared';
import type { Offer, ReformTransfer } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound, validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { createdRow, createSource, sourceSnapshot, writeHistory, type Tx } from '../history/changeLog';
import { editVersioned } from '../history/versionedEdit';

/**
 * Words that point at a task that moves (patient-directed prevention, e.g. patient education for chronic
 * disease; specialised rehabilitation; acute nursing): a proposal for review, never a decision. Long stems
 * only: a short word such as "KOL" would match "alkohol".
 */
const TASK_WORDS = [
  'patientuddannelse',
  'patientrettet',
  'kronisk',
  'kroniker',
  'rehabilitering',
  'genoptræning',
  'akutsygepleje',
  'akutfunktion',
];

const textMatch = (fields: string[]) =>
  TASK_WORDS.flatMap((w) => fields.map((f) => ({ [f]: { contains: w, mode: 'insensitive' as const } })));

/** One row of the staff unit's list: an offer or a project with its mark (null until reviewed). */
export interface ReformCandidateRow {
  kind: 'OFFER' | 'PROJECT';
  id: string;
  name: string;
  ownerName: string | null;
  transfer: ReformTransfer | null;
}

export async function reformCandidates(ctx: Context): Promise<ReformCandidateRow[]> {
  const municipalityId = municipalityOf(ctx);
  const [offers, projects] = await Promise.all([
    ctx.db.offer.findMany({
      where: {
        municipalityId,
        OR: [{ reformTransfer: { isNot: null } }, ...textMatch(['name', 'shortDescription', 'description'])],
      },
      include: { reformTransfer: true, ownerUnit: { select: { name: true } } },
      orderBy: { name: 'asc' },
    }),
    ctx.db.project.findMany({
      where: { municipalityId, OR: [{ reformTransfer: { isNot: null } }, ...textMatch(['name', 'description'])] },
      include: { reformTransfer: true, ownerUnit: { select: { name: true } } },
      orderBy: { name: 'asc' },
    }),
  ]);
  return [
    ...offers.map((o) => ({
      kind: 'OFFER' as const,
      id: o.id,
      name: o.name,
      ownerName: o.ownerUnit.name,
      transfer: o.reformTransfer,
    })),
    ...projects.map((p) => ({
      kind: 'PROJECT' as const,
      id: p.id,
      name: p.name,
      ownerName: p.ownerUnit?.name ?? null,
      transfer: p.reformTransfer,
    })),
  ];
}

const values = (t: ReformTransfer) => ({
  task: t.task,
  moves: t.moves,
  newOwner: t.newOwner,
  runsForRegion: t.runsForRegion,
  effectiveDate: dateToIso(t.effectiveDate),
  note: t.note,
  sourceId: t.sourceId,
});

const row = (d: ReformTransferInput) => ({
  task: d.task,
  moves: d.moves,
  newOwner: d.moves ? (d.newOwner ?? null) : null,
  runsForRegion: d.moves ? (d.runsForRegion ?? false) : false,
  effectiveDate: d.effectiveDate,
  note: d.note ?? null,
});

/** The offer or project the mark is for, in the caller's municipality; a Danish field error otherwise. */
async function record(tx: Tx, municipalityId: string, d: ReformTransferInput) {
  if (d.offerId) {
    const o = await tx.offer.findFirst({ where: { id: d.offerId, municipalityId }, select: { id: true } });
    if (!o) throw validationError([{ path: 'input.offerId', message: `${fl.offerId} ${rm.oneRecord}` }]);
    return { offerId: o.id, projectId: null };
  }
  const p = await tx.project.findFirst({ where: { id: d.projectId!, municipalityId }, select: { id: true } });
  if (!p) throw validationError([{ path: 'input.projectId', message: `${fl.projectId} ${rm.oneRecord}` }]);
  return { offerId: null, projectId: p.id };
}

export function markReformTransfer(ctx: Context, input: unknown, version: number | null | undefined) {
  const data = validate(reformTransferInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  const target = (t: { id: string; projectId: string | null }) => ({
    municipalityId,
    recordType: 'REFORM_TRANSFER' as const,
    recordId: t.id,
    projectId: t.projectId,
  });
  if (version == null)
    return ctx.db.$transaction(async (tx) => {
      const ids = await record(tx, municipalityId, data);
      const existing = await tx.reformTransfer.findFirst({
        where: { OR: [{ offerId: ids.offerId ?? '-' }, { projectId: ids.projectId ?? '-' }] },
      });
      if (existing) throw validationError([{ path: 'version', message: `Version ${rm.alreadyMarked}` }]);
      const sourceId = (await createSource(tx, data.source)) ?? null;
      const created = await tx.reformTransfer.create({
        data: {
          ...row(data),
          effectiveDate: isoToDate(data.effectiveDate),
          ...ids,
          municipalityId,
          sourceId,
          updatedById: ctx.user?.id ?? null,
        },
      });
      await writeHistory(
        tx,
        ctx,
        target(created),
        'CREATE',
        createdRow({ ...row(data), source: sourceSnapshot(data.source) }),
        1,
      );
      return created;
    });
  return ctx.db
    .$transaction(async (tx) => {
      const ids = await record(tx, municipalityId, data);
      const found = await tx.reformTransfer.findFirst({
        where: { municipalityId, ...(ids.offerId ? { offerId: ids.offerId } : { projectId: ids.projectId }) },
      });
      if (!found) throw notFound();
      return found.id;
    })
    .then((id) =>
      editVersioned<ReformTransfer>(ctx, {
        table: 'ReformTransfer',
        id,
        version,
        kind: 'reformTransfer',
        find: (tx) => tx.reformTransfer.findFirst({ where: { id, municipalityId } }),
        values,
        next: async (tx, stored) => ({
          ...row(data),
          sourceId: data.source === undefined ? stored.sourceId : ((await createSource(tx, data.source)) ?? null),
        }),
        write: (tx, _stored, after) =>
          tx.reformTransfer.update({
            where: { id },
            data: {
              ...(after as ReturnType<typeof row> & { sourceId: string | null }),
              effectiveDate: isoToDate(after.effectiveDate as string),
              version: { increment: 1 },
              updatedAt: new Date(),
              updatedById: ctx.user?.id ?? null,
            },
          }),
        target,
      }),
    );
}

/** The owner of an offer on a day: the region from the day its marked task moves, else its unit. */
export async function ownerOn(ctx: Context, offer: Offer, date: string | Date | null | undefined) {
  const day = date instanceof Date ? dateToIso(date) : (date ?? today());
  const marks = await ctx.loaders.memo('reformTransfers', ['offers'], offer.municipalityId, () =>
    ctx.db.reformTransfer.findMany({ where: { municipalityId: offer.municipalityId, offerId: { not: null } } }),
  );
  const mark = marks.find((m) => m.offerId === offer.id);
  const from = mark ? dateToIso(mark.effectiveDate) : null;
  if (mark?.moves && mark.newOwner && from && from <= day) {
    const municipality = await ctx.loaders.municipality.load(offer.municipalityId);
    const text = [
      rm.ownerFrom(mark.newOwner, formatDate(from)),
      mark.runsForRegion && municipality ? rm.runsForRegion(municipality.name) : null,
    ]
      .filter(Boolean)
      .join('; ');
    return { name: mark.newOwner, movedOn: from, runsForRegion: mark.runsForRegion, text };
  }
  const unit = await ctx.loaders.orgUnit.load(offer.ownerUnitId);
  const name = unit?.name ?? '';
  return { name, movedOn: null, runsForRegion: false, text: name };
}
