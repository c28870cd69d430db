import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { indicatorInputSchema } from '@sundhed/shared';
import { fieldLabels, formatDecimal, projectPageUi as t } from '../../../shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../../components/SourceInput';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { parseDecimal, validateInput } from '../../themes/validateInput';
import { CREATE_INDICATOR_MUTATION, UPDATE_INDICATOR_MUTATION } from './projectPageMutations';
import type { IndicatorData } from './projectPageQueries';

const FIELDS = ['name', 'unit', 'baseline', 'target'] as const;
const numberText = (v: unknown) => (typeof v === 'number' ? formatDecimal(v, 4) : '');

interface IndicatorFormProps {
  projectId: string;
  /** The indicator to change; absent to add one. */
  indicator?: IndicatorData;
  onDone: (saved: boolean) => void;
}

/** Adds or changes an indicator: name, unit, baseline, target and where the figures come from. */
export function IndicatorForm({ projectId, indicator, onDone }: IndicatorFormProps) {
  const [name, setName] = useState(indicator?.name ?? '');
  const [unit, setUnit] = useState(indicator?.unit ?? '');
  const [baseline, setBaseline] = useState(numberText(indicator?.baseline));
  const [target, setTarget] = useState(numberText(indicator?.target));
  const [source, setSource] = useState(() => sourceDraftOf(indicator?.source));
  const refetch = { refetchQueries: ['ProjectDetail'], awaitRefetchQueries: true };
  const [createIndicator] = useMutation(CREATE_INDICATOR_MUTATION, refetch);
  const [updateIndicator] = useMutation(UPDATE_INDICATOR_MUTATION, refetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = indicator ? `indicator-${indicator.id}` : 'indicator-new';
  const mine: Values = {
    name,
    unit,
    baseline: parseDecimal(baseline),
    target: parseDecimal(target),
  };

  const show = (v: Values) => {
    setName(inputText(v.name));
    setUnit(inputText(v.unit));
    setBaseline(numberText(v.baseline));
    setTarget(numberText(v.target));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(indicatorInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      name: v.name,
      unit: v.unit,
      baseline: v.baseline ?? null,
      target: v.target ?? null,
      source: v.source ?? null,
    };
    const saved = await run(() =>
      indicator
        ? updateIndicator({ variables: { id: indicator.id, version, input } })
        : createIndicator({ variables: { projectId, input } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: indicator,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const text = (field: 'name' | 'unit', value: string, set: (v: string) => void) => (
    <FormField id={`${id}-${field}`} label={fieldLabels[field]} error={errorFor(field)}>
      {(control) => <input {...control} type="text" value={value} onChange={(e) => set(e.target.value)} />}
    </FormField>
  );
  const figure = (field: 'baseline' | 'target', value: string, set: (v: string) => void) => (
    <FormField
      id={`${id}-${field}`}
      label={fieldLabels[field]}
      hint={t.numberHint}
      optional={t.optional}
      error={errorFor(field)}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode="decimal"
          size={10}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{indicator ? t.editIndicator : t.addIndicator}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      {text('name', name, setName)}
      {text('unit', unit, setUnit)}
      <div className="form__row">
        {figure('baseline', baseline, setBaseline)}
        {figure('target', target, setTarget)}
      </div>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
