import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { statusReportInputSchema } from '@sundhed/shared';
import { fieldLabels, projectPageUi as t } from '../../../shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { ReportColourLabel } from '../../../components/ReportColourLabel';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../../components/SourceInput';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import type { ReportColour } from '../../../__generated__/graphql';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { parseWholeNumber, validateInput } from '../../themes/validateInput';
import { CREATE_STATUS_REPORT_MUTATION, UPDATE_STATUS_REPORT_MUTATION } from './projectPageMutations';
import type { StatusReportData } from './projectPageQueries';

const FIELDS = ['year', 'quarter', 'colour', 'text'] as const;
const COLOURS: ReportColour[] = ['GREEN', 'YELLOW', 'RED'];

interface StatusReportFormProps {
  projectId: string;
  /** The report to change; absent to add one. */
  report?: StatusReportData;
  /** The quarter a new report is for (the last finished one by default). */
  defaultQuarter?: { year: number; quarter: number };
  onDone: (saved: boolean) => void;
}

/** Adds or changes a quarter's status report: year, quarter, colour (with its word), short text, source. */
export function StatusReportForm({ projectId, report, defaultQuarter, onDone }: StatusReportFormProps) {
  const [year, setYear] = useState(inputText(report?.year ?? defaultQuarter?.year));
  const [quarter, setQuarter] = useState(inputText(report?.quarter ?? defaultQuarter?.quarter));
  const [colour, setColour] = useState<ReportColour | ''>(report?.colour ?? '');
  const [text, setText] = useState(report?.text ?? '');
  const [source, setSource] = useState(() => sourceDraftOf(report?.source));
  const refetch = { refetchQueries: ['ProjectDetail'], awaitRefetchQueries: true };
  const [createReport] = useMutation(CREATE_STATUS_REPORT_MUTATION, refetch);
  const [updateReport] = useMutation(UPDATE_STATUS_REPORT_MUTATION, refetch);
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = report ? `report-${report.id}` : 'report-new';
  const mine: Values = {
    year: parseWholeNumber(year) ?? undefined,
    quarter: quarter ? Number(quarter) : undefined,
    colour: colour || undefined,
    text,
  };

  const show = (v: Values) => {
    setYear(inputText(v.year));
    setQuarter(inputText(v.quarter));
    setColour((v.colour as ReportColour | null) ?? '');
    setText(inputText(v.text));
  };

  const save = async (values: Values, version: number) => {
    const checked = validateInput(statusReportInputSchema, { ...values, source: sourceValueOf(source) });
    if (!checked.ok) {
      setIssues(checked.issues);
      return;
    }
    const v = checked.value;
    const input = { year: v.year, quarter: v.quarter, colour: v.colour, text: v.text, source: v.source ?? null };
    const saved = await run(() =>
      report
        ? updateReport({ variables: { id: report.id, version, input } })
        : createReport({ variables: { projectId, input } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: report,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const colourError = errorFor('colour');
  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{report ? t.editReport : t.addReport}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && (
        <ConflictPanel
          {...conflictPanel}
          idPrefix={id}
          saving={saving}
          format={(field, value) =>
            field === 'colour' && typeof value === 'string' ? t.colourOption[value] : undefined
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
              <option value="">{t.chooseQuarter}</option>
              {[1, 2, 3, 4].map((q) => (
                <option key={q} value={String(q)}>
                  {t.quarterOption(q)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <fieldset
        className={colourError ? 'field field--error colour-choice' : 'field colour-choice'}
        aria-describedby={colourError ? `${id}-colour-error ${id}-colour-hint` : `${id}-colour-hint`}
      >
        <legend>{t.colourLegend}</legend>
        <p id={`${id}-colour-hint`} className="field__hint">
          {t.colourHint}
        </p>
        {colourError && (
          <p id={`${id}-colour-error`} className="field__error">
            {colourError}
          </p>
        )}
        {COLOURS.map((c, index) => (
          <div key={c} className="colour-choice__option">
            <input
              type="radio"
              name={`${id}-colour`}
              id={index === 0 ? `${id}-colour` : `${id}-colour-${c.toLowerCase()}`}
              value={c}
              checked={colour === c}
              onChange={() => setColour(c)}
              aria-invalid={colourError ? true : undefined}
            />
            <label htmlFor={index === 0 ? `${id}-colour` : `${id}-colour-${c.toLowerCase()}`}>
              <ReportColourLabel colour={c} label={t.colourOption[c] ?? c} />
            </label>
          </div>
        ))}
      </fieldset>
      <FormField id={`${id}-text`} label={fieldLabels.text} error={errorFor('text')}>
        {(control) => <textarea {...control} rows={3} value={text} onChange={(e) => setText(e.target.value)} />}
      </FormField>
      <SourceInput idPrefix={id} value={source} onChange={setSource} errorFor={errorFor} />
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
