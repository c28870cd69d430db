import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { indicatorValueInputSchema } from '@sundhed/shared';
import { fieldLabels, formatDecimal, projectPageUi as t } from '../../../shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../../components/SourceInput';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { emptyToNull, parseDecimal, parseWholeNumber, validateInput } from '../../themes/validateInput';
import { ADD_INDICATOR_VALUE_MUTATION, UPDATE_INDICATOR_VALUE_MUTATION } from './projectPageMutations';
import type { IndicatorData, IndicatorValueData } from './projectPageQueries';

const FIELDS = ['periodYear', 'periodQuarter', 'value', 'note'] as const;

interface IndicatorValueFormProps {
  indicator: Pick<IndicatorData, 'id' | 'name' | 'unit'>;
  /** The value to change; absent to add one. */
  value?: IndicatorValueData;
  onDone: (saved: boolean) => void;
}

/** Adds or changes a measured value of an indicator: period (year, optional quarter), value, note, source. */
export function IndicatorValueForm({ indicator, value, onDone }: IndicatorValueFormProps) {
  const [periodYear, setPeriodYear] = useState(inputText(value?.periodYear));
  const [periodQuarter, setPeriodQuarter] = useState(inputText(value?.periodQuarter));
  const [figure, setFigure] = useState(value ? formatDecimal(value.value, 4) : '');
  const [note, setNote] = useState(value?.note ?? '');
  const [source, setSource] = useState(() => sourceDraftOf(value?.source));
  const refetch = { refetchQueries: ['ProjectDetail'], awaitRefetchQueries: true };
  const [addValue] = useMutation(ADD_INDICATOR_VALUE_MUTATION, refetch);
  const [updateValue] = useMutation(UPDATE_INDICATOR_VALUE_MUTATION, refetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = value ? `value-${value.id}` : `value-new-${indicator.id}`;
  const mine: Values = {
    periodYear: parseWholeNumber(periodYear) ?? undefined,
    periodQuarter: periodQuarter ? Number(periodQuarter) : null,
    value: parseDecimal(figure) ?? undefined,
    note: emptyToNull(note),
  };

  const show = (v: Values) => {
    setPeriodYear(inputText(v.periodYear));
    setPeriodQuarter(inputText(v.periodQuarter));
    setFigure(typeof v.value === 'number' ? formatDecimal(v.value, 4) : '');
    setNote(inputText(v.note));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(indicatorValueInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      periodYear: v.periodYear,
      periodQuarter: v.periodQuarter ?? null,
      value: v.value,
      note: v.note ?? null,
      source: v.source ?? null,
    };
    const saved = await run(() =>
      value
        ? updateValue({ variables: { id: value.id, version, input } })
        : addValue({ variables: { indicatorId: indicator.id, input } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: value,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{value ? t.editValue : t.addValueFor(indicator.name)}</h4>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      <div className="form__row">
        <FormField id={`${id}-periodYear`} label={t.periodYear} error={errorFor('periodYear')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              size={6}
              value={periodYear}
              onChange={(e) => setPeriodYear(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-periodQuarter`} label={t.periodQuarter} error={errorFor('periodQuarter')}>
          {(control) => (
            <select {...control} value={periodQuarter} onChange={(e) => setPeriodQuarter(e.target.value)}>
              <option value="">{t.wholeYear}</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  {t.quarterOption(q)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={`${id}-value`}
          label={`${fieldLabels.value} (${indicator.unit})`}
          hint={t.numberHint}
          error={errorFor('value')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              size={10}
              value={figure}
              onChange={(e) => setFigure(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <FormField id={`${id}-note`} label={fieldLabels.note} optional={t.optional} error={errorFor('note')}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
