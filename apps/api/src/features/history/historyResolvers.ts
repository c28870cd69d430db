// History rows as users read them (issue 9): Danish labels and values formatted by the shared catalogue
// (packages/shared/src/history.ts), with the names of the units, themes, projects and sources that ids
// refer to looked up through the request's loaders (batched: one statement per kind for a whole list).
import { formatHistoryValue, historyIds, historyLabel, projectMessages } from '@sundhed/shared';
import type { ChangeLog, OfferChange } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';

const SOURCE_FIELDS = new Set([
  'sourceId',
  'actualSourceId',
  'purposeSourceId',
  'targetGroupSourceId',
  'evaluationSourceId',
]);

async function nameOf(ctx: Context, field: string, id: string): Promise<string | undefined> {
  if (field === 'ownerUnitId' || field === 'orgUnitId') return (await ctx.loaders.orgUnit.load(id))?.name;
  if (field === 'themeId' || field === 'themeIds') {
    const t = await ctx.loaders.theme.load(id);
    return t ? `${t.code}: ${t.title}` : undefined;
  }
  if (field === 'projectId' || field === 'projectIds') return (await ctx.loaders.project.load(id))?.name;
  if (SOURCE_FIELDS.has(field)) {
    const s = await ctx.loaders.source.load(id);
    return s ? [s.title, s.section].filter(Boolean).join(', ') : undefined;
  }
  return undefined;
}

/** A stored history value as Danish text, ids replaced by names. */
export async function formattedValue(ctx: Context, field: string | null, value: unknown): Promise<string | null> {
  const ids = historyIds(field, value);
  const names = new Map<string, string | undefined>();
  await Promise.all(ids.map(async (id) => names.set(id, await nameOf(ctx, field ?? '', id))));
  return formatHistoryValue(field, value, (id) => names.get(id));
}

type WithUser = { user?: { name: string } | null };
/** A change-log row as the loaders give it: with the name of who made the change. */
export type ChangeRow = ChangeLog & WithUser;

export const changeEntryResolvers = {
  ChangeEntry: {
    userName: (c: ChangeLog & WithUser) => c.user?.name ?? null,
    actionLabel: (c: ChangeLog) => projectMessages.changeAction[c.action] ?? c.action,
    recordLabel: (c: ChangeLog) => projectMessages.changeRecord[c.recordType] ?? c.recordType,
    label: (c: ChangeLog) => historyLabel(c.field, c.recordType),
    oldValue: (c: ChangeLog, _: unknown, ctx: Context) => formattedValue(ctx, c.field, c.oldValue),
    newValue: (c: ChangeLog, _: unknown, ctx: Context) => formattedValue(ctx, c.field, c.newValue),
  },
  OfferChange: {
    label: (c: OfferChange) => historyLabel(c.field) || (projectMessages.changeAction[c.action] ?? c.action),
    actionLabel: (c: OfferChange) => projectMessages.changeAction[c.action] ?? c.action,
    oldText: (c: OfferChange, _: unknown, ctx: Context) => formattedValue(ctx, c.field, c.oldValue),
    newText: (c: OfferChange, _: unknown, ctx: Context) => formattedValue(ctx, c.field, c.newValue),
  },
};
