import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { fieldLabels, themeInputSchema } from '@sundhed/shared';
import { ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { WorkStatus } from '../../graphql/schemaTypes';
import { UPDATE_THEME_MUTATION } from './themeMutations';
import type { ThemeDetailData } from './themeQueries';
import { StatusField } from './StatusField';
import { FormActions } from './FormActions';
import { useFormSubmit } from './useFormSubmit';
import { emptyToNull, validateInput } from './validateInput';

/** Edits a theme's title, description, status and time frame (role sundhedsstab). */
export function ThemeForm({ theme, onDone }: { theme: ThemeDetailData; onDone: (saved: boolean) => void }) {
  const [title, setTitle] = useState(theme.title);
  const [description, setDescription] = useState(theme.description);
  const [status, setStatus] = useState<WorkStatus>(theme.status);
  const [timeFrame, setTimeFrame] = useState(theme.timeFrame ?? '');
  const [updateTheme] = useMutation(UPDATE_THEME_MUTATION);
  const { issues, setIssues, saving, run, errorFor } = useFormSubmit();
  const id = 'theme-form';

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = validateInput(themeInputSchema, { title, description, status, timeFrame: emptyToNull(timeFrame) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const input = { ...checked.value, timeFrame: checked.value.timeFrame ?? null };
    if (await run(() => updateTheme({ variables: { id: theme.id, input } }))) onDone(true);
  };

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{ui.themes.editTheme}</h2>
      <ErrorSummary issues={issues} idPrefix={id} />
      <FormField id={`${id}-title`} label={fieldLabels.title} error={errorFor('title')}>
        {(control) => <input {...control} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-description`} label={fieldLabels.description} error={errorFor('description')}>
        {(control) => <textarea {...control} rows={5} value={description} onChange={(e) => setDescription(e.target.value)} />}
      </FormField>
      <StatusField id={`${id}-status`} value={status} onChange={setStatus} error={errorFor('status')} />
      <FormField id={`${id}-timeFrame`} label={fieldLabels.timeFrame} optional={ui.themes.optional} error={errorFor('timeFrame')}>
        {(control) => <input {...control} type="text" value={timeFrame} onChange={(e) => setTimeFrame(e.target.value)} />}
      </FormField>
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
