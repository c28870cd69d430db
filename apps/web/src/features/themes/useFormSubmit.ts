import { useState } from 'react';
import { conflictFromError, type Conflict } from '../../components/conflict';
import { errorMessage } from '../../components/errorMessage';
import { fieldIssuesFromError, fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';

/**
 * Submit state of an edit form: field issues (from the shared schema or the API's BAD_USER_INPUT),
 * a general error, and a per-field lookup for the inputs' messages. `shape` rewords each issue, the
 * form's own and the server's alike (e.g. a field whose label on the form differs from the shared one).
 */
export function useFormSubmit(shape?: (issue: FieldMessage) => FieldMessage) {
  const [issues, setShapedIssues] = useState<FieldMessage[]>([]);
  const setIssues = (list: FieldMessage[]) => setShapedIssues(shape ? list.map(shape) : list);
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
