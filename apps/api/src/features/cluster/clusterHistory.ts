// Field-level history of cluster records (ADR 031): meetings, agenda items, grants and follow-ups. The
// planning ChangeLog is keyed by municipality; cluster records have none, so they keep their own table with
// the same shape. Each edit locks the row, compares the version (ADR 016), diffs and writes the history in
// the same transaction as the record.
import type { ChangeAction, ClusterRecord } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { now } from '@sundhed/shared';
import { notFound } from '../../graphql/errors';
import { conflictError, type ConflictKind } from '../../graphql/versioning';
import { diff, historyValue, type Snapshot, type Tx } from '../history/changeLog';

export interface ClusterTarget {
  /** Cluster records are kept under their cluster; the municipality's own bodies' meeting records under the body. */
  clusterId: string | null;
  bodyId?: string | null;
  recordType: ClusterRecord;
  recordId: string;
}

const json = (v: unknown) => (v === null || v === undefined ? undefined : v);

export async function writeClusterHistory(
  tx: Tx,
  ctx: Context,
  target: ClusterTarget,
  action: ChangeAction,
  changes: { field: string | null; oldValue: unknown; newValue: unknown }[],
  version: number | null,
): Promise<void> {
  if (!changes.length) return;
  const changedAt = now();
  await tx.clusterChange.createMany({
    data: changes.map((c) => ({
      ...target,
      userId: ctx.user?.id ?? null,
      changedAt,
      action,
      field: c.field,
      oldValue: json(historyValue(c.oldValue)),
      newValue: json(historyValue(c.newValue)),
      version,
    })),
  });
}

type Lockable = 'ClusterMeeting' | 'AgendaItem' | 'Grant' | 'FollowUp';

async function lock(tx: Tx, table: Lockable, id: string): Promise<number | null> {
  const rows = await tx.$queryRawUnsafe<{ version: number }[]>(
    `SELECT "version" FROM "${table}" WHERE "id" = $1 FOR UPDATE`,
    id,
  );
  return rows[0]?.version ?? null;
}

export interface ClusterEdit<R extends { version: number }> {
  table: Lockable;
  id: string;
  version: number;
  kind: ConflictKind;
  find: (tx: Tx) => Promise<R | null>;
  values: (row: R) => Snapshot;
  next: (tx: Tx, row: R) => Promise<Snapshot> | Snapshot;
  check?: (tx: Tx, row: R, after: Snapshot) => void | Promise<void>;
  write: (tx: Tx, row: R, after: Snapshot) => Promise<R>;
  target: (row: R) => ClusterTarget;
  action?: ChangeAction;
  /** Writes even when no field of `values` changed (e.g. a participant list). */
  always?: boolean;
}

export function editCluster<R extends { version: number }>(ctx: Context, edit: ClusterEdit<R>): Promise<R> {
  return ctx.db.$transaction(async (tx) => {
    const locked = await lock(tx, edit.table, edit.id);
    const row = locked === null ? null : await edit.find(tx);
    if (!row) throw notFound();
    if (row.version !== edit.version) throw conflictError(edit.kind, row.version, edit.values(row));
    const after = await edit.next(tx, row);
    await edit.check?.(tx, row, after);
    const changes = diff(edit.values(row), after);
    if (!changes.length && !edit.always) return row;
    const updated = await edit.write(tx, row, after);
    await writeClusterHistory(tx, ctx, edit.target(row), edit.action ?? 'UPDATE', changes, updated.version);
    return updated;
  });
}

export function createdSnapshot(snapshot: Snapshot) {
  const value = Object.fromEntries(
    Object.entries(snapshot)
      .filter(([, v]) => v !== null && v !== undefined)
      .map(([k, v]) => [k, historyValue(v)]),
  );
  return [{ field: null, oldValue: null, newValue: value }];
}
