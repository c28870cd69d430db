import { useState } from 'react';
import { changedMeanwhile } from '../../components/conflict';
import { useFormSubmit } from '../themes/useFormSubmit';
import type { EditableProject } from './portfolioQueries';

/**
 * Submit state of the close and move forms: field issues, CONFLICT and the version the form saves
 * against (ADR 016). After a CONFLICT, "Gem mine ændringer igen" sends the same input with the stored
 * version; what the user typed stays in the form.
 */
export function useVersionedSave(project: EditableProject, fields: readonly string[]) {
  const submit = useFormSubmit();
  const [version, setVersion] = useState(project.version);
  const base: Record<string, unknown> = {
    status: project.status,
    closedOn: project.closedOn,
    closedReason: project.closedReason,
    ownerUnitId: project.ownerUnit?.id ?? null,
  };
  const changed = submit.conflict
    ? changedMeanwhile(submit.conflict, base, fields).filter((f) => fields.includes(f))
    : [];
  /** The version to save against next: the stored one after a CONFLICT. */
  const adoptStored = () => {
    if (!submit.conflict) return version;
    setVersion(submit.conflict.currentVersion);
    return submit.conflict.currentVersion;
  };
  return { ...submit, version, changed, adoptStored };
}
