import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { grantSplitInputSchema } from '@sundhed/shared';
import { fieldLabels, meetingsUi as t } from '../../../shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { parseWholeNumber, validateInput } from '../../themes/validateInput';
import { HostSelect, type HostOption } from './HostSelect';
import { meetingRefetch, SPLIT_GRANT_MUTATION } from './meetingMutations';
import type { AgendaItemData, MeetingGrantData } from './meetingQueries';

interface PartDraft {
  title: string;
  host: string;
  amount: string;
  posts: string;
}
const emptyPart = (title: string): PartDraft => ({ title, host: '', amount: '', posts: '' });

/** "Del bevilling": two or more parts whose amounts add up to the grant's; the parts keep the lineage. */
export function SplitGrantForm({
  item,
  grant,
  hosts,
  onDone,
}: {
  item: AgendaItemData;
  grant: MeetingGrantData;
  hosts: HostOption[];
  onDone: (saved: boolean) => void;
}) {
  const [parts, setParts] = useState<PartDraft[]>([emptyPart(grant.title), emptyPart(grant.title)]);
  const [note, setNote] = useState('');
  const [split] = useMutation(SPLIT_GRANT_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor, conflict } = useFormSubmit();
  const id = `grant-split-${grant.id}`;
  const setPart = (index: number, change: Partial<PartDraft>) =>
    setParts((rows) => rows.map((row, i) => (i === index ? { ...row, ...change } : row)));

  const submit = async () => {
    const checked = validateInput(grantSplitInputSchema, {
      agendaItemId: item.id,
      note: note.trim() || null,
      parts: parts.map((p) => ({
        title: p.title,
        hostMunicipalityId: p.host || null,
        amountKr: parseWholeNumber(p.amount),
        posts: p.posts.trim() || null,
      })),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      agendaItemId: v.agendaItemId,
      note: v.note ?? null,
      parts: v.parts.map((p) => ({
        title: p.title,
        hostMunicipalityId: p.hostMunicipalityId ?? null,
        amountKr: p.amountKr,
        posts: p.posts ?? null,
      })),
    };
    if (await run(() => split({ variables: { id: grant.id, version: grant.version, input } }))) onDone(true);
  };

  return (
    <form
      className="form panel"
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
      aria-labelledby={`${id}-heading`}
    >
      <h4 id={`${id}-heading`}>{t.splitGrantOf(grant.title)}</h4>
      <p className="field__hint">{t.byThisDecision(item.number, item.title)}</p>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflict && (
        <p className="error-summary" role="alert">
          {conflict.message}
        </p>
      )}
      {parts.map((part, index) => (
        <fieldset key={index} className="fieldset">
          <legend>{t.partLegend(index + 1)}</legend>
          <FormField
            id={`${id}-parts-${index}-title`}
            label={fieldLabels.title}
            error={errorFor(`parts-${index}-title`)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={part.title}
                onChange={(e) => setPart(index, { title: e.target.value })}
              />
            )}
          </FormField>
          <HostSelect
            id={`${id}-parts-${index}-hostMunicipalityId`}
            hosts={hosts}
            value={part.host}
            onChange={(host) => setPart(index, { host })}
            error={errorFor(`parts-${index}-hostMunicipalityId`)}
          />
          <FormField
            id={`${id}-parts-${index}-amountKr`}
            label={fieldLabels.amountKr}
            hint={t.amountHint}
            error={errorFor(`parts-${index}-amountKr`)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                size={14}
                value={part.amount}
                onChange={(e) => setPart(index, { amount: e.target.value })}
              />
            )}
          </FormField>
          <FormField
            id={`${id}-parts-${index}-posts`}
            label={fieldLabels.posts}
            optional={t.optional}
            error={errorFor(`parts-${index}-posts`)}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                value={part.posts}
                onChange={(e) => setPart(index, { posts: e.target.value })}
              />
            )}
          </FormField>
        </fieldset>
      ))}
      {errorFor('parts') && <p className="field__error">{errorFor('parts')}</p>}
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setParts((rows) => [...rows, emptyPart('')])}
      >
        {t.addPart}
      </button>
      <FormField id={`${id}-note`} label={fieldLabels.note} optional={t.optional} error={errorFor('note')}>
        {(control) => <input {...control} type="text" value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
