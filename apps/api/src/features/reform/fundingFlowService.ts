// The money flows around the end of kommunal medfinansiering (issue 13 item 5, ADR 069): what replaces
// it, as data with a source and no invented rule. The staff unit adds, edits and ends a flow (ending is
// setting its last day); each save is versioned (ADR 016) with field history in ChangeLog.
import {
  dateToIso,
  fieldLabels as fl,
  fundingFlowInputSchema,
  fundingFlowMessages as fm,
  isoToDate,
  type FundingFlowInput,
} from '@sundhed/shared';
import type { FundingFlow } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { validationError } from '../../graphql/errors';
import { municipalityOf } from '../../graphql/scope';
import { validate } from '../../graphql/validate';
import { createdRow, createSource, sourceSnapshot, writeHistory, type Tx } from '../history/changeLog';
import { editVersioned } from '../history/versionedEdit';

export function fundingFlows(ctx: Context) {
  return ctx.db.fundingFlow.findMany({
    where: { municipalityId: municipalityOf(ctx) },
    orderBy: [{ validFrom: { sort: 'asc', nulls: 'last' } }, { name: 'asc' }],
  });
}

const day = (d: Date | null) => (d ? dateToIso(d) : null);

const values = (f: FundingFlow) => ({
  name: f.name,
  payerKind: f.payerKind,
  recipientKind: f.recipientKind,
  validFrom: day(f.validFrom),
  validTo: day(f.validTo),
  status: f.status,
  known: f.known,
  amountOrRule: f.amountOrRule,
  replacesCofinancing: f.replacesCofinancing,
  publisher: f.publisher,
  sourceId: f.sourceId,
});

const row = (d: FundingFlowInput) => ({
  name: d.name,
  payerKind: d.payerKind,
  recipientKind: d.recipientKind,
  validFrom: d.validFrom ?? null,
  validTo: d.validTo ?? null,
  status: d.status,
  known: d.known,
  amountOrRule: d.amountOrRule ?? null,
  replacesCofinancing: d.replacesCofinancing ?? false,
  publisher: d.publisher ?? null,
});

const dates = (r: { validFrom: unknown; validTo: unknown }) => ({
  validFrom: r.validFrom ? isoToDate(r.validFrom as string) : null,
  validTo: r.validTo ? isoToDate(r.validTo as string) : null,
});

/**
 * Whether the source sent is the stored one: not sent, or the same text (the form sends the stored source
 * back). Then no new Source row is written and the history shows no change of source.
 */
async function sameSource(tx: Tx, storedId: string | null, sent: FundingFlowInput['source']) {
  if (sent === undefined) return true;
  if (!sent || !storedId) return false;
  const stored = await tx.source.findUnique({ where: { id: storedId } });
  if (!stored) return false;
  const text = (v: string | null | undefined) => v ?? null;
  return (
    stored.title === (sent.title || sent.url || '') &&
    text(stored.section) === text(sent.section) &&
    (stored.date ? dateToIso(stored.date) : null) === text(sent.date) &&
    text(stored.url) === text(sent.url) &&
    text(stored.note) === text(sent.note)
  );
}

/** No amount or rule without the source that gives it (the table refuses it too). */
function ruleHasSource(amountOrRule: unknown, sourceId: string | null) {
  if (amountOrRule && !sourceId)
    throw validationError([{ path: 'input.amountOrRule', message: `${fl.amountOrRule} ${fm.ruleNeedsSource}` }]);
}

export async function saveFundingFlow(
  ctx: Context,
  id: string | null | undefined,
  input: unknown,
  version: number | null | undefined,
) {
  const data = validate(fundingFlowInputSchema, input);
  const municipalityId = municipalityOf(ctx);
  const target = (f: { id: string }) => ({ municipalityId, recordType: 'FUNDING_FLOW' as const, recordId: f.id });
  if (!id) {
    if (!data.source) throw validationError([{ path: 'input.source', message: `${fl.source} ${fm.sourceRequired}` }]);
    return ctx.db.$transaction(async (tx) => {
      const sourceId = (await createSource(tx, data.source)) ?? null;
      const created = await tx.fundingFlow.create({
        data: { ...row(data), ...dates(row(data)), municipalityId, sourceId, updatedById: ctx.user?.id ?? null },
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
  }
  if (version == null) throw validationError([{ path: 'version', message: `Version ${fm.versionRequired}` }]);
  return editVersioned<FundingFlow>(ctx, {
    table: 'FundingFlow',
    id,
    version,
    kind: 'fundingFlow',
    find: (tx) => tx.fundingFlow.findFirst({ where: { id, municipalityId } }),
    values,
    next: async (tx, stored) => ({
      ...row(data),
      sourceId: (await sameSource(tx, stored.sourceId, data.source))
        ? stored.sourceId
        : ((await createSource(tx, data.source)) ?? null),
    }),
    check: (_stored, after) => ruleHasSource(after.amountOrRule, after.sourceId as string | null),
    write: (tx, _stored, after) =>
      tx.fundingFlow.update({
        where: { id },
        data: {
          ...(after as ReturnType<typeof row> & { sourceId: string | null }),
          ...dates(after as { validFrom: unknown; validTo: unknown }),
          version: { increment: 1 },
          updatedAt: new Date(),
          updatedById: ctx.user?.id ?? null,
        },
      }),
    target,
  });
}
