import { useState, type FormEvent } from 'react';
import { changedMeanwhile, ownChanges, type Conflict, type Values } from './conflict';

/** The record's values of the form's fields, null for what it lacks. */
export const fieldValues = (record: Values, fields: readonly string[]): Values =>
  Object.fromEntries(fields.map((f) => [f, record[f] ?? null]));

interface VersionedEditOptions {
  /** The fields the form edits, as the API names them. */
  fields: readonly string[];
  /** The stored record being changed; absent when the form adds one. */
  record?: object | null;
  /** What the form holds now, as the API's values. */
  mine: Values;
  /** Puts values into the form's inputs. */
  show: (values: Values) => void;
  /** Validates and saves values against the version they were edited from. */
  save: (values: Values, version: number) => Promise<void>;
  /** The stale save the last attempt met (from `useFormSubmit`). */
  conflict: Conflict | null;
  setConflict: (conflict: Conflict | null) => void;
}

/**
 * The version bookkeeping of an edit form (ADR 016): which version and values the user started from,
 * the submit handler, and what the ConflictPanel needs after a stale save: the fields another person
 * changed, the user's own changes, and "save mine again" / "use theirs", which move the form onto the
 * stored version (keeping what the user typed in the first case).
 */
export function useVersionedEdit({ fields, record, mine, show, save, conflict, setConflict }: VersionedEditOptions) {
  const [edited, setEdited] = useState(() => ({
    version: (record as { version?: number } | null | undefined)?.version ?? 0,
    base: record ? fieldValues(record as Values, fields) : {},
  }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(mine, edited.version);
  };

  const moveOn = (keepMine: boolean) => {
    if (!conflict) return;
    const current = fieldValues(conflict.current, fields);
    const next = keepMine ? { ...current, ...ownChanges(mine, edited.base) } : current;
    show(next);
    setEdited({ version: conflict.currentVersion, base: current });
    if (keepMine) void save(next, conflict.currentVersion);
    else setConflict(null);
  };

  const conflictPanel = conflict && {
    conflict,
    fields: changedMeanwhile(conflict, edited.base, fields),
    mine: ownChanges(mine, edited.base),
    onReapply: () => moveOn(true),
    onDiscard: () => moveOn(false),
  };
  return { submit, conflictPanel };
}
