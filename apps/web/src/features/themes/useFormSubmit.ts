import { useState } from 'react';
import { conflictFromError, type Conflict } from '../../components/conflict';
import { errorMessage } from '../../components/errorMessage';
import { fieldIssuesFromError, fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';

/**
 * Submit state of an edit form: field issues (from the shared schema or the API's BAD_USER_INPUT),
 * a general error, and a per-field lookup for the inputs' messages.
 */
export function useFormSubmit() {
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const [saving, setSaving] = useState(false);
  // A stale version (ADR 016): shown by the form's ConflictPanel; what the user typed stays in the form.
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const run = async (send: () => Promise<unknown>): Promise<boolean> => {
    setSaving(true);
    try {
      await send();
      setIssues([]);
      setConflict(null);
      return true;
    } catch (error) {
      const stale = conflictFromError(error);
      setConflict(stale);
      setIssues(stale ? [] : (fieldIssuesFromError(error) ?? [{ path: '', message: errorMessage(error) }]));
      return false;
    } finally {
      setSaving(false);
    }
  };

  const errorFor = (field: string): string | undefined =>
    issues.find((issue) => fieldName(issue.path) === field)?.message;

  return { issues, setIssues, saving, run, errorFor, conflict, setConflict };
}
