import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { fieldLabels, themeInputSchema } from '@sundhed/shared';
import { ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { WorkStatus } from '../../__generated__/graphql';
import { UPDATE_THEME_MUTATION } from './themeMutations';
import type { ThemeDetailData } from './themeQueries';
import { StatusField } from './StatusField';
import { FormActions } from './FormActions';
import { useFormSubmit } from './useFormSubmit';
import { emptyToNull, validateInput } from './validateInput';
import { ConflictPanel } from '../../components/ConflictPanel';
import { changedMeanwhile, ownChanges, inputText, type Values } from '../../components/conflict';

const FIELDS = ['title', 'description', 'status', 'timeFrame'] as const;
const valuesOf = (v: Values) => Object.fromEntries(FIELDS.map((f) => [f, v[f] ?? null])) as Values;

/** Edits a theme's title, description, status and time frame (role sundhedsstab). */
export function ThemeForm({ theme, onDone }: { theme: ThemeDetailData; onDone: (saved: boolean) => void }) {
  const [title, setTitle] = useState(theme.title);
  const [description, setDescription] = useState(theme.description);
  const [status, setStatus] = useState<WorkStatus>(theme.status);
  const [timeFrame, setTimeFrame] = useState(theme.timeFrame ?? '');
  // The version and values this form edits from (ADR 016); a CONFLICT moves them on when the user chooses.
  const [edited, setEdited] = useState(() => ({ version: theme.version, base: valuesOf(theme as unknown as Values) }));
  const [updateTheme] = useMutation(UPDATE_THEME_MUTATION);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = 'theme-form';
  const mine: Values = { title, description, status, timeFrame: emptyToNull(timeFrame) };

  const show = (v: Values) => {
    setTitle(inputText(v.title));
    setDescription(inputText(v.description));
    setStatus(v.status as WorkStatus);
    setTimeFrame(inputText(v.timeFrame));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(themeInputSchema, values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const input = { ...checked.value, timeFrame: checked.value.timeFrame ?? null };
    if (await run(() => updateTheme({ variables: { id: theme.id, version, input } }))) onDone(true);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(mine, edited.version);
  };

  /** "Gem mine ændringer igen": the user's own changes on top of the stored version, saved as that version. */
  const reapply = () => {
    if (!conflict) return;
    const merged = { ...valuesOf(conflict.current), ...ownChanges(mine, edited.base) };
    show(merged);
    setEdited({ version: conflict.currentVersion, base: valuesOf(conflict.current) });
    void save(merged, conflict.currentVersion);
  };

  const discard = () => {
    if (!conflict) return;
    show(valuesOf(conflict.current));
    setEdited({ version: conflict.currentVersion, base: valuesOf(conflict.current) });
    setConflict(null);
  };

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{ui.themes.editTheme}</h2>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflict && (
        <ConflictPanel
          idPrefix={id}
          conflict={conflict}
          fields={changedMeanwhile(conflict, edited.base, FIELDS)}
          mine={ownChanges(mine, edited.base)}
          saving={saving}
          onReapply={reapply}
          onDiscard={discard}
        />
      )}
      <FormField id={`${id}-title`} label={fieldLabels.title} error={errorFor('title')}>
        {(control) => <input {...control} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-description`} label={fieldLabels.description} error={errorFor('description')}>
        {(control) => (
          <textarea {...control} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </FormField>
      <StatusField id={`${id}-status`} value={status} onChange={setStatus} error={errorFor('status')} />
      <FormField
        id={`${id}-timeFrame`}
        label={fieldLabels.timeFrame}
        optional={ui.themes.optional}
        error={errorFor('timeFrame')}
      >
        {(control) => (
          <input {...control} type="text" value={timeFrame} onChange={(e) => setTimeFrame(e.target.value)} />
        )}
      </FormField>
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
