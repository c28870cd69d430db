import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { followUpInputSchema } from '@sundhed/shared';
import { clusterMessages as cm, fieldLabels, meetingsUi as t } from '../../../shared';
import type { FollowUpStatus } from '../../../__generated__/graphql';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { validateInput } from '../../themes/validateInput';
import { dateText, dateValue } from './dateText';
import { CREATE_FOLLOW_UP_MUTATION, meetingRefetch, UPDATE_FOLLOW_UP_MUTATION } from './meetingMutations';
import type { FollowUpData } from './meetingQueries';
import { RadioChoice } from './RadioChoice';

export type FollowUpParent = { grantId: string; agendaItemId?: never } | { agendaItemId: string; grantId?: never };

const FIELDS = ['text', 'responsible', 'dueDate', 'status', 'doneOn', 'reportedBy', 'note'] as const;
const STATUSES = ['OPEN', 'DONE', 'CANCELLED'] as const;

/** Adds or changes a follow-up point of a grant or a decision. */
export function FollowUpForm({
  idPrefix,
  parent,
  followUp,
  onDone,
}: {
  idPrefix: string;
  parent: FollowUpParent;
  followUp?: FollowUpData;
  onDone: (saved: boolean) => void;
}) {
  const [text, setText] = useState(followUp?.text ?? '');
  const [responsible, setResponsible] = useState(followUp?.responsible ?? '');
  const [dueDate, setDueDate] = useState(dateText(followUp?.dueDate));
  const [status, setStatus] = useState<FollowUpStatus>(followUp?.status ?? 'OPEN');
  const [doneOn, setDoneOn] = useState(dateText(followUp?.doneOn));
  const [reportedBy, setReportedBy] = useState(followUp?.reportedBy ?? '');
  const [note, setNote] = useState(followUp?.note ?? '');
  const [createFollowUp] = useMutation(CREATE_FOLLOW_UP_MUTATION, meetingRefetch);
  const [updateFollowUp] = useMutation(UPDATE_FOLLOW_UP_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = idPrefix;
  const mine: Values = {
    text,
    responsible,
    dueDate: dateValue(dueDate),
    status,
    doneOn: dateValue(doneOn),
    reportedBy: reportedBy.trim() || null,
    note: note.trim() || null,
  };

  const show = (v: Values) => {
    setText(inputText(v.text));
    setResponsible(inputText(v.responsible));
    setDueDate(dateText(v.dueDate));
    setStatus((v.status as FollowUpStatus | undefined) ?? 'OPEN');
    setDoneOn(dateText(v.doneOn));
    setReportedBy(inputText(v.reportedBy));
    setNote(inputText(v.note));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(followUpInputSchema, { ...values, ...parent });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      grantId: v.grantId ?? null,
      agendaItemId: v.agendaItemId ?? null,
      text: v.text,
      responsible: v.responsible,
      dueDate: v.dueDate,
      status: v.status ?? 'OPEN',
      doneOn: v.doneOn ?? null,
      reportedBy: v.reportedBy ?? null,
      note: v.note ?? null,
    };
    const saved = await run(() =>
      followUp
        ? updateFollowUp({ variables: { id: followUp.id, version, input } })
        : createFollowUp({ variables: { input } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: followUp,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const line = (
    field: 'responsible' | 'dueDate' | 'doneOn' | 'reportedBy' | 'note',
    value: string,
    set: (v: string) => void,
    options: { hint?: string; optional?: boolean } = {},
  ) => (
    <FormField
      id={`${id}-${field}`}
      label={fieldLabels[field]}
      hint={options.hint}
      optional={options.optional ? t.optional : undefined}
      error={errorFor(field)}
    >
      {(control) => <input {...control} type="text" value={value} onChange={(e) => set(e.target.value)} />}
    </FormField>
  );

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h5 id={`${id}-heading`}>{followUp ? t.editFollowUp : t.addFollowUp}</h5>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      <FormField id={`${id}-text`} label={fieldLabels.text} error={errorFor('text')}>
        {(control) => <textarea {...control} rows={2} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      {line('responsible', responsible, setResponsible)}
      {line('dueDate', dueDate, setDueDate, { hint: t.dateHint })}
      <RadioChoice
        id={`${id}-status`}
        legend={t.status}
        options={STATUSES}
        labels={cm.followUpStatus}
        value={status}
        onChange={setStatus}
        error={errorFor('status')}
      />
      {line('doneOn', doneOn, setDoneOn, { hint: t.dateHint, optional: true })}
      {line('reportedBy', reportedBy, setReportedBy, { optional: true })}
      {line('note', note, setNote, { optional: true })}
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
