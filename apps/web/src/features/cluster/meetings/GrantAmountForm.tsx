import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { grantAmountInputSchema } from '@sundhed/shared';
import { fieldLabels, formatInputNumber, meetingsUi as t } from '../../../shared';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { SourceInput, emptySource, sourceValueOf } from '../../../components/SourceInput';
import type { Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { parseWholeNumber, validateInput } from '../../themes/validateInput';
import { dateValue } from './dateText';
import { CHANGE_GRANT_AMOUNT_MUTATION, meetingRefetch } from './meetingMutations';
import type { AgendaItemData, MeetingGrantData } from './meetingQueries';

const FIELDS = ['amountKr'] as const;
const amountText = (v: unknown) => (typeof v === 'number' ? formatInputNumber(v) : '');

/** "Ændr beløb": a grant's new amount, by the decision on this item (the change points at it). */
export function GrantAmountForm({
  item,
  grant,
  onDone,
}: {
  item: AgendaItemData;
  grant: MeetingGrantData;
  onDone: (saved: boolean) => void;
}) {
  const [amount, setAmount] = useState(amountText(grant.amountKr));
  const [effectiveDate, setEffectiveDate] = useState('');
  const [note, setNote] = useState('');
  const [source, setSource] = useState(emptySource);
  const [changeAmount] = useMutation(CHANGE_GRANT_AMOUNT_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = `grant-amount-${grant.id}`;
  const mine: Values = { amountKr: parseWholeNumber(amount) };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(grantAmountInputSchema, {
      agendaItemId: item.id,
      amountKr: values.amountKr,
      effectiveDate: dateValue(effectiveDate),
      note: note.trim() || null,
      source: sourceValueOf(source),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      agendaItemId: v.agendaItemId,
      amountKr: v.amountKr,
      effectiveDate: v.effectiveDate ?? null,
      note: v.note ?? null,
      source: v.source ?? null,
    };
    if (await run(() => changeAmount({ variables: { id: grant.id, version, input } }))) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: grant,
    mine,
    show: (v) => setAmount(amountText(v.amountKr)),
    save,
    conflict,
    setConflict,
  });

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t.changeAmountOf(grant.title)}</h4>
      <p className="field__hint">{t.byThisDecision(item.number, item.title)}</p>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      <FormField id={`${id}-amountKr`} label={fieldLabels.amountKr} hint={t.amountHint} error={errorFor('amountKr')}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="numeric"
            size={14}
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        )}
      </FormField>
      <FormField
        id={`${id}-effectiveDate`}
        label={fieldLabels.effectiveDate}
        hint={t.dateHint}
        optional={t.optional}
        error={errorFor('effectiveDate')}
      >
        {(control) => (
          <input
            {...control}
            type="text"
            size={12}
            value={effectiveDate}
            onChange={(e) => setEffectiveDate(e.target.value)}
          />
        )}
      </FormField>
      <FormField id={`${id}-note`} label={fieldLabels.note} optional={t.optional} error={errorFor('note')}>
        {(control) => <input {...control} type="text" value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
