import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { agendaItemInputSchema } from '@sundhed/shared';
import { fieldLabels, meetingsUi as t } from '../../../shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../../components/SourceInput';
import { inputText, type Values } from '../../../components/conflict';
import type { FieldMessage } from '../../../components/fieldIssuesFromError';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { ProposalSelect } from '../../proposals/ProposalSelect';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { parseWholeNumber, validateInput } from '../../themes/validateInput';
import { lines } from './dateText';
import { CREATE_AGENDA_ITEM_MUTATION, meetingRefetch, UPDATE_AGENDA_ITEM_MUTATION } from './meetingMutations';
import type { AgendaItemData } from './meetingQueries';

const FIELDS = [
  'number',
  'title',
  'background',
  'recommendation',
  'expectedMinutes',
  'journalNumber',
  'attachments',
  'proposalId',
] as const;
const numberText = (v: unknown) => (typeof v === 'number' ? String(v) : '');
const listText = (v: unknown) => (Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('\n') : '');

/** "input.attachments.1" reads "1 skal være et link …": named "Bilag 2 skal være et link …" instead. */
const attachmentIssue = (issue: FieldMessage): FieldMessage => {
  const match = /^input\.attachments\.(\d+)$/.exec(issue.path);
  if (!match) return issue;
  const n = Number(match[1]);
  return { ...issue, message: issue.message.replace(`${n} `, `${fieldLabels.attachments} ${n + 1} `) };
};

interface AgendaItemFormProps {
  meetingId: string;
  /** The item to change; absent to add one (numbered after the last). */
  item?: AgendaItemData;
  nextNumber: number;
  onDone: (saved: boolean) => void;
  /** Meetings of the municipality's own bodies: the item may treat a proposal (ADR 047). */
  withProposal?: boolean;
}

/**
 * Adds or changes an agenda item: number, title, background, the recommendation(s) ("Det indstilles:
 * at …", one a line), expected duration, journal number and attachments as links.
 */
export function AgendaItemForm({ meetingId, item, nextNumber, onDone, withProposal = false }: AgendaItemFormProps) {
  const [number, setNumber] = useState(item ? String(item.number) : String(nextNumber));
  const [title, setTitle] = useState(item?.title ?? '');
  const [background, setBackground] = useState(item?.background ?? '');
  const [recommendation, setRecommendation] = useState(item?.recommendation ?? '');
  const [minutes, setMinutes] = useState(numberText(item?.expectedMinutes));
  const [journalNumber, setJournalNumber] = useState(item?.journalNumber ?? '');
  const [attachments, setAttachments] = useState(listText(item?.attachments));
  const [proposalId, setProposalId] = useState(item?.proposalId ?? '');
  const [source, setSource] = useState(() => sourceDraftOf(item?.source));
  const [createItem] = useMutation(CREATE_AGENDA_ITEM_MUTATION, meetingRefetch);
  const [updateItem] = useMutation(UPDATE_AGENDA_ITEM_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = item ? `item-${item.id}` : 'item-new';
  const mine: Values = {
    number: parseWholeNumber(number),
    title,
    background: background.trim() || null,
    recommendation: recommendation.trim() || null,
    expectedMinutes: parseWholeNumber(minutes),
    journalNumber: journalNumber.trim() || null,
    attachments: lines(attachments),
    proposalId: proposalId || null,
  };

  const show = (v: Values) => {
    setNumber(numberText(v.number));
    setTitle(inputText(v.title));
    setBackground(inputText(v.background));
    setRecommendation(inputText(v.recommendation));
    setMinutes(numberText(v.expectedMinutes));
    setJournalNumber(inputText(v.journalNumber));
    setAttachments(listText(v.attachments));
    setProposalId(inputText(v.proposalId));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(agendaItemInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues.map(attachmentIssue));
      return;
    }
    const v = checked.value;
    const input = {
      number: v.number,
      title: v.title,
      background: v.background ?? null,
      recommendation: v.recommendation ?? null,
      expectedMinutes: v.expectedMinutes ?? null,
      journalNumber: v.journalNumber ?? null,
      attachments: v.attachments ?? [],
      ...(withProposal ? { proposalId: v.proposalId ?? null } : {}),
      source: v.source ?? null,
    };
    const saved = await run(() =>
      item
        ? updateItem({ variables: { id: item.id, version, input } })
        : createItem({ variables: { meetingId, input } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: item,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const area = (
    field: 'background' | 'recommendation' | 'attachments',
    value: string,
    set: (v: string) => void,
    hint?: string,
  ) => (
    <FormField
      id={`${id}-${field}`}
      label={fieldLabels[field]}
      hint={hint}
      optional={t.optional}
      error={errorFor(field) ?? errorFor(`${field}-0`)}
    >
      {(control) => (
        <textarea
          {...control}
          rows={field === 'background' ? 5 : 3}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{item ? t.editItemFor(item.number) : t.addItem}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      <div className="form__row">
        <FormField id={`${id}-number`} label={fieldLabels.number} error={errorFor('number')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              size={4}
              value={number}
              onChange={(e) => setNumber(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-title`} label={fieldLabels.title} error={errorFor('title')}>
          {(control) => <input {...control} type="text" value={title} onChange={(e) => setTitle(e.target.value)} />}
        </FormField>
      </div>
      {area('background', background, setBackground)}
      {area('recommendation', recommendation, setRecommendation, t.recommendationsHint)}
      <div className="form__row">
        <FormField
          id={`${id}-expectedMinutes`}
          label={fieldLabels.expectedMinutes}
          hint={t.minutesHint}
          optional={t.optional}
          error={errorFor('expectedMinutes')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              size={5}
              value={minutes}
              onChange={(e) => setMinutes(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-journalNumber`}
          label={fieldLabels.journalNumber}
          optional={t.optional}
          error={errorFor('journalNumber')}
        >
          {(control) => (
            <input {...control} type="text" value={journalNumber} onChange={(e) => setJournalNumber(e.target.value)} />
          )}
        </FormField>
      </div>
      {area('attachments', attachments, setAttachments, t.attachmentsHint)}
      {withProposal && (
        <ProposalSelect
          id={`${id}-proposalId`}
          value={proposalId}
          onChange={setProposalId}
          error={errorFor('proposalId')}
        />
      )}
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
