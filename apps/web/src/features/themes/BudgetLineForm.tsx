import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { budgetLineInputSchema, fieldLabels } from '@sundhed/shared';
import { formatDecimal, projectPageUi, ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { BudgetLineFieldsFragment, HoursUnit, SourceFieldsFragment } from '../../__generated__/graphql';
import { ConflictPanel } from '../../components/ConflictPanel';
import { inputText, type Values } from '../../components/conflict';
import { useVersionedEdit } from '../../components/useVersionedEdit';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../components/SourceInput';
import { parentQuery, type FormParent } from './formParent';

const FIELDS = ['year', 'description', 'amountKr', 'staffHours', 'hoursUnit', 'fundingSource', 'actualKr'] as const;
import {
  CREATE_BUDGET_LINE_MUTATION,
  CREATE_PROJECT_BUDGET_LINE_MUTATION,
  UPDATE_BUDGET_LINE_MUTATION,
} from './themeMutations';
import { hoursUnitOptions } from './statusOptions';
import { forgetOverview } from './forgetOverview';
import { FormActions } from './FormActions';
import { useFormSubmit } from './useFormSubmit';
import { emptyToNull, parseDecimal, parseWholeNumber, validateInput } from './validateInput';

/** A budget line the form can change; a project's line also carries its actual spend. */
export type EditableBudgetLine = BudgetLineFieldsFragment & {
  version: number;
  actualKr?: number | null;
  actualSource?: SourceFieldsFragment | null;
};

interface BudgetLineFormProps {
  /** The theme or project the line belongs to. */
  parent: FormParent;
  /** The line to change; absent to add one. */
  line?: EditableBudgetLine;
  onDone: (saved: boolean) => void;
}

/**
 * Adds or changes a budget line of a theme or a project: year, purpose, kroner and/or staff hours, funding
 * and source; on a project also the year's actual spend with its source (a theme's comes from the import).
 */
export function BudgetLineForm({ parent, line, onDone }: BudgetLineFormProps) {
  const withActual = parent.kind === 'project';
  const [year, setYear] = useState(line ? String(line.year) : '');
  const [description, setDescription] = useState(line?.description ?? '');
  const [amountKr, setAmountKr] = useState(line?.amountKr != null ? String(line.amountKr) : '');
  const [staffHours, setStaffHours] = useState(line?.staffHours != null ? formatDecimal(line.staffHours) : '');
  const [hoursUnit, setHoursUnit] = useState<HoursUnit | ''>(line?.hoursUnit ?? '');
  const [fundingSource, setFundingSource] = useState(line?.fundingSource ?? '');
  const [actualKr, setActualKr] = useState(line?.actualKr != null ? String(line.actualKr) : '');
  const [source, setSource] = useState(() => sourceDraftOf(line?.source));
  const [actualSource, setActualSource] = useState(() => sourceDraftOf(line?.actualSource));
  const refetch = { refetchQueries: [parentQuery(parent)], awaitRefetchQueries: true, update: forgetOverview };
  const [createBudgetLine] = useMutation(CREATE_BUDGET_LINE_MUTATION, refetch);
  const [createProjectBudgetLine] = useMutation(CREATE_PROJECT_BUDGET_LINE_MUTATION, refetch);
  const [updateBudgetLine] = useMutation(
    UPDATE_BUDGET_LINE_MUTATION,
    withActual ? { refetchQueries: [parentQuery(parent)], awaitRefetchQueries: true } : {},
  );
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = line ? `budget-${line.id}` : 'budget-new';
  const mine: Values = {
    year: parseWholeNumber(year) ?? undefined,
    description,
    amountKr: parseWholeNumber(amountKr),
    staffHours: parseDecimal(staffHours),
    hoursUnit: hoursUnit || null,
    fundingSource: emptyToNull(fundingSource),
    ...(withActual ? { actualKr: parseWholeNumber(actualKr) } : {}),
  };

  const show = (v: Values) => {
    setYear(inputText(v.year));
    setDescription(inputText(v.description));
    setAmountKr(inputText(v.amountKr));
    setStaffHours(v.staffHours == null ? '' : formatDecimal(Number(v.staffHours)));
    setHoursUnit((v.hoursUnit as HoursUnit | null) ?? '');
    setFundingSource(inputText(v.fundingSource));
    if (withActual) setActualKr(inputText(v.actualKr));
  };

  async function save(values: Values, version: number) {
    const checked = validateInput(budgetLineInputSchema, {
      ...values,
      source: sourceValueOf(source),
      ...(withActual ? { actualSource: sourceValueOf(actualSource) } : {}),
    });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = {
      year: v.year,
      description: v.description,
      amountKr: v.amountKr ?? null,
      staffHours: v.staffHours ?? null,
      hoursUnit: v.hoursUnit ?? null,
      fundingSource: v.fundingSource ?? null,
      source: v.source ?? null,
      // A theme's actual spend is imported; its form leaves the stored figure as it is (absent = keep).
      ...(withActual ? { actualKr: v.actualKr ?? null, actualSource: v.actualSource ?? null } : {}),
    };
    const saved = await run(() =>
      line
        ? updateBudgetLine({ variables: { id: line.id, version, input } })
        : parent.kind === 'project'
          ? createProjectBudgetLine({ variables: { projectId: parent.id, input } })
          : createBudgetLine({ variables: { themeId: parent.id, input } }),
    );
    if (saved) onDone(true);
  }

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: line,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{line ? ui.themes.editBudgetLine : ui.themes.addBudgetLine}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
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
      <FormField id={`${id}-description`} label={fieldLabels.description} error={errorFor('description')}>
        {(control) => (
          <input {...control} type="text" value={description} onChange={(e) => setDescription(e.target.value)} />
        )}
      </FormField>
      <div className="form__row">
        <FormField
          id={`${id}-amountKr`}
          label={`${fieldLabels.amountKr} (${ui.themes.kroner})`}
          optional={ui.themes.optional}
          error={errorFor('amountKr')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              size={14}
              value={amountKr}
              onChange={(e) => setAmountKr(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-staffHours`}
          label={fieldLabels.staffHours}
          optional={ui.themes.optional}
          error={errorFor('staffHours')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              size={8}
              value={staffHours}
              onChange={(e) => setStaffHours(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-hoursUnit`} label={fieldLabels.hoursUnit} error={errorFor('hoursUnit')}>
          {(control) => (
            <select {...control} value={hoursUnit} onChange={(e) => setHoursUnit(e.target.value as HoursUnit | '')}>
              <option value="">{ui.themes.noUnit}</option>
              {hoursUnitOptions.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormField
        id={`${id}-fundingSource`}
        label={fieldLabels.fundingSource}
        optional={ui.themes.optional}
        error={errorFor('fundingSource')}
      >
        {(control) => (
          <input {...control} type="text" value={fundingSource} onChange={(e) => setFundingSource(e.target.value)} />
        )}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      {withActual && (
        <>
          <FormField
            id={`${id}-actualKr`}
            label={`${fieldLabels.actualKr} (${ui.themes.kroner})`}
            optional={ui.themes.optional}
            error={errorFor('actualKr')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                size={14}
                value={actualKr}
                onChange={(e) => setActualKr(e.target.value)}
              />
            )}
          </FormField>
          <SourceInput
            idPrefix={id}
            name="actualSource"
            legend={projectPageUi.actualSourceLegend}
            value={actualSource}
            onChange={setActualSource}
            errorFor={errorFor}
          />
        </>
      )}
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
