// One shape for every edit of a versioned planning record (ADR 016 with history, ADR 027): in one
// transaction, lock the row, compare the caller's version (CONFLICT with the stored values when stale),
// diff the stored values against the new ones, write the row with version + 1 and one history row per
// changed field. A save that changes nothing bumps nothing and writes no history.
import type { ChangeAction } from '../../__generated__/prisma/client';
import type { Context } from '../../graphql/context';
import { notFound } from '../../graphql/errors';
import { conflictError, type ConflictKind } from '../../graphql/versioning';
import { diff, lockVersion, writeHistory, type ChangeTarget, type Snapshot, type Tx } from './changeLog';

export interface VersionedEdit<R extends { version: number }> {
  table: Parameters<typeof lockVersion>[1];
  id: string;
  version: number;
  kind: ConflictKind;
  /** The record, within the caller's municipality and rights; null = not found for this caller. */
  find: (tx: Tx) => Promise<R | null>;
  /** The editable values as stored (the CONFLICT's `current`, and the "old" side of the diff). */
  values: (row: R) => Snapshot;
  /** The new values (same keys as `values`); may write sources first. */
  next: (tx: Tx, row: R) => Promise<Snapshot> | Snapshot;
  /** Writes the new values and version + 1; the updated row. */
  write: (tx: Tx, row: R, after: Snapshot) => Promise<R>;
  target: (row: R) => ChangeTarget;
  action?: ChangeAction;
  /** Checks that need the stored row (e.g. "already owned by that unit"); throw to refuse. */
  check?: (row: R, after: Snapshot) => void | Promise<void>;
}

export function editVersioned<R extends { version: number }>(ctx: Context, edit: VersionedEdit<R>): Promise<R> {
  return ctx.db.$transaction(async (tx) => {
    const locked = await lockVersion(tx, edit.table, edit.id);
    const row = locked === null ? null : await edit.find(tx);
    if (!row) throw notFound();
    if (row.version !== edit.version) throw conflictError(edit.kind, row.version, edit.values(row));
    const after = await edit.next(tx, row);
    await edit.check?.(row, after);
    const changes = diff(edit.values(row), after);
    if (!changes.length) return row;
    const updated = await edit.write(tx, row, after);
    await writeHistory(tx, ctx, edit.target(row), edit.action ?? 'UPDATE', changes, updated.version);
    return updated;
  });
}
