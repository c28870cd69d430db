import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { decisionInputSchema } from '@sundhed/shared';
import { clusterMessages as cm, fieldLabels, meetingsUi as t } from '../../../shared';
import type { DecisionOutcome } from '../../../__generated__/graphql';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../../components/SourceInput';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { validateInput } from '../../themes/validateInput';
import { dateText, dateValue } from './dateText';
import { meetingRefetch, RECORD_DECISION_MUTATION } from './meetingMutations';
import type { AgendaItemData } from './meetingQueries';
import { RadioChoice } from './RadioChoice';

const FIELDS = ['outcome', 'decision', 'decidedOn'] as const;
const OUTCOMES = ['APPROVED', 'APPROVED_WITH_CHANGES', 'POSTPONED', 'REJECTED'] as const;

/** Records (or corrects) the decision on an item: outcome, text and day (the meeting day when empty). */
export function DecisionForm({ item, onDone }: { item: AgendaItemData; onDone: (saved: boolean) => void }) {
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(item.outcome ?? null);
  const [decision, setDecision] = useState(item.decision ?? '');
  const [decidedOn, setDecidedOn] = useState(dateText(item.decidedOn));
  const [source, setSource] = useState(() => sourceDraftOf(item.source));
  const [recordDecision] = useMutation(RECORD_DECISION_MUTATION, meetingRefetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = `decision-${item.id}`;
  const mine: Values = { outcome, decision: decision.trim() || null, decidedOn: dateValue(decidedOn) };

  const show = (v: Values) => {
    setOutcome((v.outcome as DecisionOutcome | null) ?? null);
    setDecision(inputText(v.decision));
    setDecidedOn(dateText(v.decidedOn));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(decisionInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      outcome: v.outcome,
      decision: v.decision ?? null,
      decidedOn: v.decidedOn ?? null,
      source: v.source ?? null,
    };
    const saved = await run(() => recordDecision({ variables: { id: item.id, version, input } }));
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

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t.decisionFor(item.number)}</h4>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      <RadioChoice
        id={`${id}-outcome`}
        legend={t.outcomeLegend}
        options={OUTCOMES}
        labels={cm.outcome}
        value={outcome}
        onChange={setOutcome}
        error={errorFor('outcome')}
      />
      <FormField id={`${id}-decision`} label={fieldLabels.decision} optional={t.optional} error={errorFor('decision')}>
        {(control) => <textarea {...control} rows={4} value={decision} onChange={(e) => setDecision(e.target.value)} />}
      </FormField>
      <FormField
        id={`${id}-decidedOn`}
        label={fieldLabels.decidedOn}
        hint={t.dateHint}
        optional={t.optional}
        error={errorFor('decidedOn')}
      >
        {(control) => (
          <input {...control} type="text" size={12} value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} />
        )}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
