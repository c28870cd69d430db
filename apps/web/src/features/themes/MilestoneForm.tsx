import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { fieldLabels, milestoneInputSchema } from '@sundhed/shared';
import { ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { WorkStatus } from '../../__generated__/graphql';
import type { VersionedMilestone } from './themeQueries';
import { ConflictPanel } from '../../components/ConflictPanel';
import { changedMeanwhile, ownChanges, inputText, type Values } from '../../components/conflict';

const FIELDS = ['year', 'quarter', 'date', 'text', 'status'] as const;
const valuesOf = (v: Values) => Object.fromEntries(FIELDS.map((f) => [f, v[f] ?? null])) as Values;
import { CREATE_MILESTONE_MUTATION, UPDATE_MILESTONE_MUTATION } from './themeMutations';
import { StatusField } from './StatusField';
import { forgetOverview } from './forgetOverview';
import { FormActions } from './FormActions';
import { useFormSubmit } from './useFormSubmit';
import { emptyToNull, parseWholeNumber, validateInput } from './validateInput';

interface MilestoneFormProps {
  themeId: string;
  /** The milestone to change; absent to add one. */
  milestone?: VersionedMilestone;
  onDone: (saved: boolean) => void;
}

/** Adds or changes a milestone: year, quarter or date, text and status. */
export function MilestoneForm({ themeId, milestone, onDone }: MilestoneFormProps) {
  const [year, setYear] = useState(milestone ? String(milestone.year) : '');
  const [quarter, setQuarter] = useState(milestone?.quarter ? String(milestone.quarter) : '');
  const [date, setDate] = useState(milestone?.date ?? '');
  const [text, setText] = useState(milestone?.text ?? '');
  const [status, setStatus] = useState<WorkStatus>(milestone?.status ?? 'PLANNED');
  // Creating changes the theme's list, so the theme is fetched again; an update patches the cache by id.
  const [createMilestone] = useMutation(CREATE_MILESTONE_MUTATION, {
    refetchQueries: ['Theme'],
    awaitRefetchQueries: true,
    update: forgetOverview,
  });
  const [updateMilestone] = useMutation(UPDATE_MILESTONE_MUTATION);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  // The version and values this form edits from (ADR 016).
  const [edited, setEdited] = useState(() => ({
    version: milestone?.version ?? 0,
    base: milestone ? valuesOf(milestone as unknown as Values) : {},
  }));
  const id = milestone ? `milestone-${milestone.id}` : 'milestone-new';
  const heading = milestone ? ui.themes.editMilestone : ui.themes.addMilestone;
  const mine: Values = {
    year: parseWholeNumber(year) ?? undefined,
    quarter: quarter ? Number(quarter) : null,
    date: emptyToNull(date),
    text,
    status,
  };

  const show = (v: Values) => {
    setYear(inputText(v.year));
    setQuarter(v.quarter ? inputText(v.quarter) : '');
    setDate(inputText(v.date));
    setText(inputText(v.text));
    setStatus(v.status as WorkStatus);
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(milestoneInputSchema, values);
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const input = { ...checked.value, quarter: checked.value.quarter ?? null, date: checked.value.date ?? null };
    const saved = await run(() =>
      milestone
        ? updateMilestone({ variables: { id: milestone.id, version, input } })
        : createMilestone({ variables: { themeId, input } }),
    );
    if (saved) onDone(true);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save(mine, edited.version);
  };

  /** "Gem mine ændringer igen": the user's own changes on top of the stored version. */
  const moveOn = (keepMine: boolean) => {
    if (!conflict) return;
    const current = valuesOf(conflict.current);
    const next = keepMine ? { ...current, ...ownChanges(mine, edited.base) } : current;
    show(next);
    setEdited({ version: conflict.currentVersion, base: current });
    if (keepMine) void save(next, conflict.currentVersion);
    else setConflict(null);
  };

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflict && (
        <ConflictPanel
          idPrefix={id}
          conflict={conflict}
          fields={changedMeanwhile(conflict, edited.base, FIELDS)}
          mine={ownChanges(mine, edited.base)}
          saving={saving}
          onReapply={() => moveOn(true)}
          onDiscard={() => moveOn(false)}
        />
      )}
      <div className="form__row">
        <FormField id={`${id}-year`} label={fieldLabels.year} error={errorFor('year')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              size={6}
              value={year}
              onChange={(e) => setYear(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-quarter`} label={fieldLabels.quarter} error={errorFor('quarter')}>
          {(control) => (
            <select {...control} value={quarter} onChange={(e) => setQuarter(e.target.value)}>
              <option value="">{ui.themes.noQuarter}</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  {ui.themes.quarterOption(q)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-date`}
          label={fieldLabels.date}
          hint={ui.themes.dateHint}
          optional={ui.themes.optional}
          error={errorFor('date')}
        >
          {(control) => (
            <input {...control} type="text" size={12} value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </FormField>
      </div>
      <FormField id={`${id}-text`} label={fieldLabels.text} error={errorFor('text')}>
        {(control) => <textarea {...control} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <StatusField id={`${id}-status`} value={status} onChange={setStatus} error={errorFor('status')} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
