import { useState, type ChangeEvent, type FormEvent } from 'react';
import { formatDecimal, ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { FieldMessage } from '../../components/fieldIssuesFromError';
import type { CofinancingRateSetData, CofinancingSimulationVariables } from './calculationQueries';
import { rateSetName } from './rateSetName';
import { RateSetInfo } from './RateSetInfo';
import { readFileText } from './readFileText';

const t = ui.calculations.cofinancing;
const ID = 'cf';
/** As the API's limit (apps/api/src/features/calculations/cofinancingService.ts). */
const MAX_BYTES = 5 * 1024 * 1024;
/** The summary lists this many issues; the API reports every bad line. */
const SHOWN_ISSUES = 50;
const megabytes = (bytes: number) => formatDecimal(bytes / 1024 / 1024);

interface CofinancingFormProps {
  rateSets: CofinancingRateSetData[];
  computing: boolean;
  serverIssues: FieldMessage[];
  onCompute: (variables: CofinancingSimulationVariables) => void;
}

/** Rate set, optional comparison set, and the activity CSV (pasted, or a file read in the browser). */
export function CofinancingForm({ rateSets, computing, serverIssues, onCompute }: CofinancingFormProps) {
  const [ratesId, setRatesId] = useState(rateSets[0]?.id ?? '');
  const [compareId, setCompareId] = useState('');
  const [csv, setCsv] = useState('');
  const [clientIssues, setClientIssues] = useState<FieldMessage[]>([]);
  const issues = clientIssues.length > 0 ? clientIssues : serverIssues;
  const errorFor = (field: string) => issues.find((issue) => issue.path === field)?.message;
  const chosen = rateSets.find((set) => set.id === ratesId);
  const compared = rateSets.find((set) => set.id === compareId);

  const readFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file) return;
    if (file.size > MAX_BYTES) {
      setClientIssues([{ path: 'file', message: t.csvTooLarge(megabytes(file.size)) }]);
      return;
    }
    try {
      setCsv(await readFileText(file));
      setClientIssues([]);
    } catch {
      setClientIssues([{ path: 'file', message: t.fileUnreadable }]);
    }
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const bytes = new TextEncoder().encode(csv).length;
    const found: FieldMessage[] =
      csv.trim() === ''
        ? [{ path: 'activityCsv', message: t.csvEmpty }]
        : bytes > MAX_BYTES
          ? [{ path: 'activityCsv', message: t.csvTooLarge(megabytes(bytes)) }]
          : [];
    setClientIssues(found);
    if (found.length === 0) onCompute({ ratesId, compareRatesId: compareId || null, activityCsv: csv });
  };

  const rateOption = (set: CofinancingRateSetData) => rateSetName(set);
  return (
    <form className="form form--wide panel" onSubmit={submit} noValidate aria-labelledby={`${ID}-form-title`}>
      <h2 id={`${ID}-form-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <ErrorSummary
        issues={issues.slice(0, SHOWN_ISSUES)}
        idPrefix={ID}
        title={serverIssues.length > 0 && clientIssues.length === 0 ? t.errorSummary : ui.calculations.errorSummary}
        more={issues.length > SHOWN_ISSUES ? ui.calculations.moreIssues(issues.length - SHOWN_ISSUES) : undefined}
      />
      <div className="form__row form__row--wrap">
        <div className="rate-choice">
          <FormField id={`${ID}-ratesId`} label={t.rates} error={errorFor('ratesId')}>
            {(control) => (
              <select {...control} value={ratesId} onChange={(event) => setRatesId(event.target.value)}>
                {rateSets.map((set) => (
                  <option key={set.id} value={set.id}>
                    {rateOption(set)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {chosen && <RateSetInfo rateSet={chosen} />}
        </div>
        <div className="rate-choice">
          <FormField id={`${ID}-compareRatesId`} label={t.compare} error={errorFor('compareRatesId')}>
            {(control) => (
              <select {...control} value={compareId} onChange={(event) => setCompareId(event.target.value)}>
                <option value="">{t.noCompare}</option>
                {rateSets.map((set) => (
                  <option key={set.id} value={set.id}>
                    {rateOption(set)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          {compared && <RateSetInfo rateSet={compared} />}
        </div>
      </div>
      <FormField id={`${ID}-file`} label={t.file} hint={t.fileHint} error={errorFor('file')}>
        {(control) => (
          <input
            {...control}
            type="file"
            accept=".csv,text/csv,text/plain"
            onChange={(event) => void readFile(event)}
          />
        )}
      </FormField>
      <FormField id={`${ID}-activityCsv`} label={t.csv} hint={t.csvHint} error={errorFor('activityCsv')}>
        {(control) => (
          <textarea
            {...control}
            className="code-input"
            rows={10}
            spellCheck={false}
            value={csv}
            onChange={(event) => setCsv(event.target.value)}
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button" disabled={computing}>
          {computing ? ui.calculations.computing : t.submit}
        </button>
      </div>
    </form>
  );
}
