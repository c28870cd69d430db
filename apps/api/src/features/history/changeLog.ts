// Field-level history of the planning records a user types (issue 9): themes, milestones, budget lines,
// projects, indicators, indicator values and status reports. Each write diffs the stored record against
// the new one and writes one ChangeLog row per changed field (who, when, old → new, the version it
// produced) in the same transaction, so history and data always agree (ADR 016, ADR 027).
import { randomUUID } from 'node:crypto';
import { dateToIso, isoToDate, type SourceInput } from '@sundhed/shared';
import { Prisma, type ChangeAction, type ChangeRecord } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';

export type Tx = Prisma.TransactionClient;

export interface ChangeTarget {
  municipalityId: string;
  recordType: ChangeRecord;
  recordId: string;
  projectId?: string | null;
  themeId?: string | null;
}

export type Snapshot = Record<string, unknown>;

/** A stored value as the JSON the history keeps: days as `yyyy-mm-dd`, decimals as numbers. */
export function historyValue(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return dateToIso(value);
  if (value && typeof value === 'object' && 'toNumber' in value) return (value as { toNumber(): number }).toNumber();
  return value;
}

const same = (a: unknown, b: unknown) => JSON.stringify(historyValue(a)) === JSON.stringify(historyValue(b));

/** The fields whose value differs between two snapshots (the keys of `after`). */
export function diff(before: Snapshot, after: Snapshot): { field: string; oldValue: unknown; newValue: unknown }[] {
  return Object.keys(after)
    .filter((field) => !same(before[field], after[field]))
    .map((field) => ({ field, oldValue: historyValue(before[field]), newValue: historyValue(after[field]) }));
}

const json = (v: unknown) => (v === null || v === undefined ? undefined : (v as Prisma.InputJsonValue));

/** Writes history rows: one per changed field, or one without a field for a create or delete. */
export async function writeHistory(
  tx: Tx,
  ctx: Context,
  target: ChangeTarget,
  action: ChangeAction,
  changes: { field: string | null; oldValue: unknown; newValue: unknown }[],
  version: number | null,
): Promise<void> {
  if (!changes.length) return;
  const changedAt = new Date();
  const rows = changes.map((c): Prisma.ChangeLogCreateManyInput => ({
    municipalityId: target.municipalityId,
    recordType: target.recordType,
    recordId: target.recordId,
    projectId: target.projectId ?? null,
    themeId: target.themeId ?? null,
    userId: ctx.user?.id ?? null,
    changedAt,
    action,
    field: c.field,
    oldValue: json(historyValue(c.oldValue)),
    newValue: json(historyValue(c.newValue)),
    version,
  }));
  const [only] = rows;
  if (rows.length === 1 && only) await insertChangeLogRow(tx, only, changedAt);
  else await tx.changeLog.createMany({ data: rows });
}

/**
 * The usual save changes one field. Prisma would compile a new query plan for its history row every time:
 * it keeps none for createMany, and a create whose Json values differ is a new plan too. So the one row
 * goes in as one raw statement, which needs no plan (ADR 059). Prisma's conventions are kept: a
 * client-side UUID, the instant as UTC in a `timestamp` column, and SQL NULL for an absent Json value.
 */
const CHANGE_LOG_ROW_SQL = `INSERT INTO "ChangeLog" ("id", "municipalityId", "recordType", "recordId", "projectId",
    "themeId", "userId", "changedAt", "action", "field", "oldValue", "newValue", "version")
  VALUES ($1, $2, $3::"ChangeRecord", $4, $5, $6, $7, $8::timestamp, $9::"ChangeAction", $10, $11::jsonb, $12::jsonb, $13)`;

async function insertChangeLogRow(tx: Tx, row: Prisma.ChangeLogCreateManyInput, changedAt: Date): Promise<void> {
  await tx.$executeRawUnsafe(
    CHANGE_LOG_ROW_SQL,
    randomUUID(),
    row.municipalityId,
    row.recordType,
    row.recordId,
    row.projectId ?? null,
    row.themeId ?? null,
    row.userId ?? null,
    changedAt.toISOString(),
    row.action,
    row.field ?? null,
    jsonbText(row.oldValue),
    jsonbText(row.newValue),
    row.version ?? null,
  );
}

/** A Json value as the text of a jsonb parameter: SQL NULL for none (Prisma's undefined or DbNull). */
export function jsonbText(value: unknown): string | null {
  if (value === null || value === undefined || value === Prisma.DbNull) return null;
  return JSON.stringify(value);
}

/** A record was created: one row holding what it was created with. */
export function createdRow(snapshot: Snapshot) {
  const value = Object.fromEntries(
    Object.entries(snapshot)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, historyValue(v)]),
  );
  return [{ field: null, oldValue: null, newValue: value }];
}

/**
 * A source a user typed for a figure (document, section, date or link) as a Source row; undefined when
 * none was sent (keep the stored one), null when the caller cleared it.
 */
export async function createSource(tx: Tx, input: SourceInput | null | undefined): Promise<string | null | undefined> {
  if (input === undefined) return undefined;
  if (input === null) return null;
  const row = await tx.source.create({
    data: {
      // A typed source belongs to no seeded document: a key of its own keeps (documentKey, section) unique.
      documentKey: `indtastet-${randomUUID()}`,
      title: input.title || input.url || '',
      section: input.section ?? null,
      date: input.date ? isoToDate(input.date) : null,
      url: input.url ?? null,
      note: input.note ?? null,
    },
  });
  return row.id;
}

/** A source as history keeps it: its title (with section), so the history names the document. */
export function sourceSnapshot(input: SourceInput | null | undefined): unknown {
  if (!input) return input ?? null;
  return { title: [input.title || input.url, input.section].filter(Boolean).join(', ') };
}

type Lockable =
  | 'Theme'
  | 'Milestone'
  | 'BudgetLine'
  | 'Project'
  | 'StatusReport'
  | 'Indicator'
  | 'IndicatorValue'
  | 'ReformTransfer'
  | 'FundingFlow';

/** Locks a record's row for the transaction (ADR 016); its stored version, or null when it is gone. */
export async function lockVersion(tx: Tx, table: Lockable, id: string): Promise<number | null> {
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
    `SELECT "version" FROM "${table}" WHERE "id" = $1 FOR UPDATE`,
    id,
  );
  return rows[0]?.version ?? null;
}
