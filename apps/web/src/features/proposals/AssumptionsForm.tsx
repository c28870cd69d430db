import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import {
  businessCaseIssues,
  businessCaseTemplateLabels,
  formatInputNumber,
  parseDanishInput,
  priceBearerLabels,
  proposalMessages,
  proposalsUi,
} from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { fieldIssuesFromError, fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import type { BusinessCaseAssumptionsInput, BusinessCaseLineInput, PriceBearer } from '../../__generated__/graphql';
import { PRICES_QUERY } from './proposalQueries';

const t = proposalsUi.cases;
const labels = proposalMessages.labels;
const guidance = proposalMessages.guidance;
const units = proposalMessages.units;

type Scalar =
  | 'horizonYears'
  | 'discountRatePercent'
  | 'participants'
  | 'cohorts'
  | 'grossSuccessRatePercent'
  | 'deadweightPercent'
  | 'engagementRatePercent'
  | 'attributionPercent'
  | 'dropOffPercent'
  | 'effectDurationYears'
  | 'monteCarloDraws';
const SCALARS: [Scalar, keyof typeof units][] = [
  ['horizonYears', 'years'],
  ['discountRatePercent', 'percent'],
  ['participants', 'count'],
  ['cohorts', 'count'],
  ['grossSuccessRatePercent', 'percent'],
  ['deadweightPercent', 'percent'],
  ['engagementRatePercent', 'percent'],
  ['attributionPercent', 'percent'],
  ['dropOffPercent', 'percent'],
  ['effectDurationYears', 'years'],
  ['monteCarloDraws', 'count'],
];

/** The templates' starting points: structure and guidance, no invented rates (every figure is the user's). */
export function templateStart(template: 'prevention' | 'social'): BusinessCaseAssumptionsInput {
  return {
    template,
    horizonYears: template === 'prevention' ? 10 : 5,
    discountRatePercent: null,
    participants: null,
    cohorts: 1,
    grossSuccessRatePercent: null,
    deadweightPercent: null,
    engagementRatePercent: null,
    attributionPercent: null,
    dropOffPercent: null,
    effectDurationYears: null,
    monteCarloDraws: 1000,
    costs: [{ label: '', bearer: 'KOMMUNE', amountKr: null }],
    gains: [{ label: '', bearer: template === 'prevention' ? 'REGION' : 'KOMMUNE', amountKr: null, toBeFilled: true }],
    sources: [],
  };
}

type Text = Record<string, string>;
const toText = (a: BusinessCaseAssumptionsInput): Text =>
  Object.fromEntries(SCALARS.map(([k]) => [k, a[k] == null ? '' : formatInputNumber(a[k])]));
const toNumber = (s: string): number | null => {
  if (!s.trim()) return null;
  return parseDanishInput(s) ?? Number.NaN;
};

/**
 * The business-case form: Danish labels with units and guidance on each assumption, a source per
 * assumption, costs and gains as lines (an amount, or a price of the catalogue times a quantity, or an
 * assumption still to fill). Checked here with the API's own rules before it is sent.
 */
export function AssumptionsForm({
  idPrefix,
  start,
  withName,
  submitLabel,
  onSubmit,
}: {
  idPrefix: string;
  start: BusinessCaseAssumptionsInput;
  withName: boolean;
  submitLabel: string;
  onSubmit: (input: { name: string; assumptions: BusinessCaseAssumptionsInput; reason: string }) => Promise<void>;
}) {
  const prices = useQuery(PRICES_QUERY).data?.prices ?? [];
  const [template, setTemplate] = useState(start.template);
  const [scalars, setScalars] = useState<Text>(toText(start));
  const [costs, setCosts] = useState<BusinessCaseLineInput[]>(start.costs);
  const [gains, setGains] = useState<BusinessCaseLineInput[]>(start.gains);
  const [sources, setSources] = useState<Text>(Object.fromEntries(start.sources.map((s) => [s.key, s.source ?? ''])));
  const [name, setName] = useState('');
  const [reason, setReason] = useState('');
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const [busy, setBusy] = useState(false);
  const errorOf = (n: string) => issues.find((i) => fieldName(i.path) === n)?.message;

  function chooseTemplate(next: 'prevention' | 'social') {
    setTemplate(next);
    const s = templateStart(next);
    setScalars(toText(s));
  }

  function assumptions(): BusinessCaseAssumptionsInput {
    const numbers: Partial<Record<Scalar, number | null>> = Object.fromEntries(
      SCALARS.map(([k]) => [k, toNumber(scalars[k] ?? '')]),
    );
    return {
      template,
      ...numbers,
      costs,
      gains,
      sources: Object.entries(sources)
        .filter(([, v]) => v.trim())
        .map(([key, source]) => ({ key, source })),
    };
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const a = assumptions();
    const local = businessCaseIssues(a as Parameters<typeof businessCaseIssues>[0]);
    if (withName && !name.trim()) local.unshift({ path: 'name', message: 'Navn skal udfyldes' });
    if (!reason.trim()) local.push({ path: 'reason', message: proposalMessages.reasonRequired });
    setIssues(local);
    if (local.length) return;
    setBusy(true);
    try {
      await onSubmit({ name, assumptions: a, reason });
    } catch (error) {
      setIssues(fieldIssuesFromError(error) ?? [{ path: '', message: String((error as Error).message) }]);
    } finally {
      setBusy(false);
    }
  }

  const lineEditor = (
    kind: 'costs' | 'gains',
    lines: BusinessCaseLineInput[],
    setLines: (l: BusinessCaseLineInput[]) => void,
  ) => {
    const update = (i: number, patch: Partial<BusinessCaseLineInput>) =>
      setLines(lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));
    return (
      <fieldset className="bc-lines">
        <legend>{kind === 'costs' ? t.costs : t.gains}</legend>
        {lines.map((line, i) => {
          const p = `${idPrefix}-${kind}-${i}`;
          return (
            <div key={i} className="bc-line">
              <FormField id={`${p}-label`} label={t.lineLabel} error={errorOf(`${kind}-${i}-label`)}>
                {(c) => <input {...c} value={line.label} onChange={(e) => update(i, { label: e.target.value })} />}
              </FormField>
              <FormField id={`${p}-bearer`} label={t.bearer}>
                {(c) => (
                  <select
                    {...c}
                    value={line.bearer}
                    onChange={(e) => update(i, { bearer: e.target.value as PriceBearer })}
                  >
                    {Object.entries(priceBearerLabels).map(([k, v]) => (
                      <option key={k} value={k}>
                        {v}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField id={`${p}-priceId`} label={t.price} error={errorOf(`${kind}-${i}-priceId`)}>
                {(c) => (
                  <select
                    {...c}
                    value={line.priceId ?? ''}
                    onChange={(e) => update(i, { priceId: e.target.value || null })}
                  >
                    <option value="">{t.noPrice}</option>
                    {prices.map((pr) => (
                      <option key={pr.id} value={pr.id}>
                        {pr.name} ({pr.unit}){pr.missing ? ` – ${proposalsUi.prices.missing}` : ''}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
              {line.priceId ? (
                <FormField id={`${p}-quantity`} label={t.quantity} error={errorOf(`${kind}-${i}-quantity`)}>
                  {(c) => (
                    <input
                      {...c}
                      inputMode="decimal"
                      value={line.quantity == null ? '' : formatInputNumber(line.quantity)}
                      onChange={(e) => update(i, { quantity: toNumber(e.target.value) })}
                    />
                  )}
                </FormField>
              ) : (
                <FormField id={`${p}-amountKr`} label={t.amount} error={errorOf(`${kind}-${i}-amountKr`)}>
                  {(c) => (
                    <input
                      {...c}
                      inputMode="decimal"
                      value={line.amountKr == null ? '' : formatInputNumber(line.amountKr)}
                      onChange={(e) => update(i, { amountKr: toNumber(e.target.value) })}
                    />
                  )}
                </FormField>
              )}
              <FormField id={`${p}-source`} label={t.lineSource} optional={proposalsUi.optional}>
                {(c) => (
                  <input
                    {...c}
                    value={line.source ?? ''}
                    onChange={(e) => update(i, { source: e.target.value || null })}
                  />
                )}
              </FormField>
              <div className="checkbox">
                <input
                  id={`${p}-toBeFilled`}
                  type="checkbox"
                  checked={!!line.toBeFilled}
                  onChange={(e) => update(i, { toBeFilled: e.target.checked })}
                />
                <label htmlFor={`${p}-toBeFilled`}>{t.toBeFilled}</label>
              </div>
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setLines(lines.filter((_, j) => j !== i))}
              >
                {t.remove}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setLines([...lines, { label: '', bearer: 'KOMMUNE', amountKr: null }])}
        >
          {kind === 'costs' ? t.addCost : t.addGain}
        </button>
      </fieldset>
    );
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="bc-form">
      <ErrorSummary issues={issues} idPrefix={idPrefix} />
      {withName && (
        <>
          <FormField id={`${idPrefix}-template`} label={t.template}>
            {(c) => (
              <select
                {...c}
                value={template}
                onChange={(e) => chooseTemplate(e.target.value as 'prevention' | 'social')}
              >
                {Object.entries(businessCaseTemplateLabels).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={`${idPrefix}-name`} label={t.name} error={errorOf('name')}>
            {(c) => <input {...c} value={name} onChange={(e) => setName(e.target.value)} />}
          </FormField>
        </>
      )}
      <div className="bc-scalars">
        {SCALARS.map(([key, unit]) => (
          <div key={key} className="bc-scalar">
            <FormField
              id={`${idPrefix}-${key}`}
              label={`${labels[key]}${units[unit] ? ` (${units[unit]})` : ''}`}
              hint={guidance[key]}
              error={errorOf(key)}
            >
              {(c) => (
                <input
                  {...c}
                  inputMode="decimal"
                  value={scalars[key] ?? ''}
                  onChange={(e) => setScalars((s) => ({ ...s, [key]: e.target.value }))}
                />
              )}
            </FormField>
            <FormField
              id={`${idPrefix}-source-${key}`}
              label={`${t.assumptionSource}: ${labels[key]}`}
              optional={proposalsUi.optional}
            >
              {(c) => (
                <input
                  {...c}
                  value={sources[key] ?? ''}
                  onChange={(e) => setSources((s) => ({ ...s, [key]: e.target.value }))}
                />
              )}
            </FormField>
          </div>
        ))}
      </div>
      {lineEditor('costs', costs, setCosts)}
      {lineEditor('gains', gains, setGains)}
      <FormField id={`${idPrefix}-reason`} label={t.reason} hint={t.reasonHint} error={errorOf('reason')}>
        {(c) => <input {...c} value={reason} onChange={(e) => setReason(e.target.value)} />}
      </FormField>
      <button type="submit" className="button" disabled={busy}>
        {submitLabel}
      </button>
    </form>
  );
}
