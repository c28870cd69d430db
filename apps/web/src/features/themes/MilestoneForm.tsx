import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { fieldLabels, milestoneInputSchema } from '@sundhed/shared';
import { formatDate, projectPageUi, ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { MilestoneFieldsFragment, WorkStatus } from '../../__generated__/graphql';
import { ConflictPanel } from '../../components/ConflictPanel';
import { inputText, type Values } from '../../components/conflict';
import { useVersionedEdit } from '../../components/useVersionedEdit';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../components/SourceInput';
import { parentQuery, type FormParent } from './formParent';

const FIELDS = ['year', 'quarter', 'date', 'text', 'status', 'completedOn'] as const;
import {
  CREATE_MILESTONE_MUTATION,
  CREATE_PROJECT_MILESTONE_MUTATION,
  UPDATE_MILESTONE_MUTATION,
} from './themeMutations';
import { StatusField } from './StatusField';
import { forgetOverview } from './forgetOverview';
import { FormActions } from './FormActions';
import { useFormSubmit } from './useFormSubmit';
import { emptyToNull, parseWholeNumber, validateInput } from './validateInput';

/** A milestone the form can change: its fields, completion day and version (ADR 016). */
export type EditableMilestone = MilestoneFieldsFragment & { version: number; completedOn: string | null };

interface MilestoneFormProps {
  /** The theme or project the milestone belongs to. */
  parent: FormParent;
  /** The milestone to change; absent to add one. */
  milestone?: EditableMilestone;
  onDone: (saved: boolean) => void;
}

/** Adds or changes a milestone of a theme or a project: year, quarter or date, text, status, completion day, source. */
export function MilestoneForm({ parent, milestone, onDone }: MilestoneFormProps) {
  const [year, setYear] = useState(milestone ? String(milestone.year) : '');
  const [quarter, setQuarter] = useState(milestone?.quarter ? String(milestone.quarter) : '');
  const [date, setDate] = useState(milestone?.date ?? '');
  const [text, setText] = useState(milestone?.text ?? '');
  const [status, setStatus] = useState<WorkStatus>(milestone?.status ?? 'PLANNED');
  const [completedOn, setCompletedOn] = useState(milestone?.completedOn ?? '');
  const [source, setSource] = useState(() => sourceDraftOf(milestone?.source));
  // Creating changes the parent's list, so the theme or project is fetched again; an update patches the
  // cache by id (a project's page is fetched again too: its timeliness and history follow the change).
  const refetch = { refetchQueries: [parentQuery(parent)], awaitRefetchQueries: true, update: forgetOverview };
  const [createMilestone] = useMutation(CREATE_MILESTONE_MUTATION, refetch);
  const [createProjectMilestone] = useMutation(CREATE_PROJECT_MILESTONE_MUTATION, refetch);
  const [updateMilestone] = useMutation(
    UPDATE_MILESTONE_MUTATION,
    parent.kind === 'project' ? { refetchQueries: [parentQuery(parent)], awaitRefetchQueries: true } : {},
  );
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = milestone ? `milestone-${milestone.id}` : 'milestone-new';
  const heading = milestone ? ui.themes.editMilestone : ui.themes.addMilestone;
  const mine: Values = {
    year: parseWholeNumber(year) ?? undefined,
    quarter: quarter ? Number(quarter) : null,
    date: emptyToNull(date),
    text,
    status,
    completedOn: emptyToNull(completedOn),
  };

  const show = (v: Values) => {
    setYear(inputText(v.year));
    setQuarter(v.quarter ? inputText(v.quarter) : '');
    setDate(inputText(v.date));
    setText(inputText(v.text));
    setStatus(v.status as WorkStatus);
    setCompletedOn(inputText(v.completedOn));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(milestoneInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      year: v.year,
      quarter: v.quarter ?? null,
      date: v.date ?? null,
      text: v.text,
      status: v.status,
      completedOn: v.completedOn ?? null,
      source: v.source ?? null,
    };
    const saved = await run(() =>
      milestone
        ? updateMilestone({ variables: { id: milestone.id, version, input } })
        : parent.kind === 'project'
          ? createProjectMilestone({ variables: { projectId: parent.id, input } })
          : createMilestone({ variables: { themeId: parent.id, input } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: milestone,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{heading}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && (
        <ConflictPanel
          {...conflictPanel}
          idPrefix={id}
          saving={saving}
          format={(field, value) =>
            (field === 'date' || field === 'completedOn') &&
            typeof value === 'string' &&
            /^\d{4}-\d{2}-\d{2}$/.test(value)
              ? formatDate(value)
              : undefined
          }
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
      <FormField
        id={`${id}-completedOn`}
        label={fieldLabels.completedOn}
        hint={projectPageUi.completedOnHint}
        optional={ui.themes.optional}
        error={errorFor('completedOn')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            size={12}
            value={completedOn}
            onChange={(e) => setCompletedOn(e.target.value)}
          />
        )}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
