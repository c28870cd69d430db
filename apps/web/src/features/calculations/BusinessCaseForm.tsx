import { useState, type FormEvent } from 'react';
import { formatInputNumber, parseDanishInput, ui } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { FieldMessage } from '../../components/fieldIssuesFromError';
import type { BusinessCaseExampleData, JsonObject } from './calculationQueries';
import {
  NUMBER_FIELDS,
  PERCENT_FIELDS,
  cohortCount,
  readCosts,
  readDeadweightMode,
  readDiscount,
  readNumber,
  writeCost,
  writeDeadweightMode,
  writeDiscount,
  writeNumber,
  type DiscountChoice,
  type NumberField,
} from './scenarioFields';

const t = ui.calculations.businessCase;
const ID = 'bc';
const pretty = (scenario: unknown) => JSON.stringify(scenario, null, 2);

function parseJson(text: string): JsonObject | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : null;
  } catch {
    return null;
  }
}

const numberLabels: Record<NumberField, string> = {
  horizonYears: t.horizonYears,
  participants: t.participants,
  grossSuccessRate: t.grossSuccessRate,
  deadweight: t.deadweight,
  attribution: t.attribution,
  dropOff: t.dropOff,
  optimismCosts: t.optimismCosts,
  optimismBenefits: t.optimismBenefits,
};

interface BusinessCaseFormProps {
  examples: BusinessCaseExampleData[];
  computing: boolean;
  /** The API's input issues, mapped to form fields. */
  serverIssues: FieldMessage[];
  onCompute: (scenario: JsonObject) => void;
}

/**
 * The main assumptions of a scenario as form fields, over the scenario's JSON text (which advanced
 * users edit directly). Each field writes into the JSON as soon as it holds a number.
 */
export function BusinessCaseForm({ examples, computing, serverIssues, onCompute }: BusinessCaseFormProps) {
  const [exampleId, setExampleId] = useState(examples[0]?.id ?? '');
  const [json, setJson] = useState(() => pretty(examples[0]?.scenario ?? {}));
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [clientIssues, setClientIssues] = useState<FieldMessage[]>([]);
  const scenario = parseJson(json);
  const issues = clientIssues.length > 0 ? clientIssues : serverIssues;
  const errorFor = (field: string) => issues.find((issue) => issue.path === field)?.message;

  const chooseExample = (id: string) => {
    setExampleId(id);
    const example = examples.find((candidate) => candidate.id === id);
    if (example) setJson(pretty(example.scenario));
    setDrafts({});
    setClientIssues([]);
  };
  const update = (next: JsonObject) => setJson(pretty(next));
  const typeNumber = (key: string, text: string, write: (value: number) => JsonObject) => {
    setDrafts((current) => ({ ...current, [key]: text }));
    const value = parseDanishInput(text);
    if (value !== null) update(write(value));
  };
  const shown = (key: string, value: number | null, percent: boolean) =>
    drafts[key] ?? (value === null ? '' : formatInputNumber(percent ? Math.round(value * 100 * 1e6) / 1e6 : value));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: FieldMessage[] = [];
    if (!parseJson(json))
      found.push({
        path: 'json',
        message: json.trim().startsWith('{') || json.trim() === '' ? t.jsonInvalid : t.jsonNotObject,
      });
    for (const [key, text] of Object.entries(drafts)) {
      if (parseDanishInput(text) === null) {
        const label = key.startsWith('cost-') ? t.costsLegend : numberLabels[key as NumberField];
        found.push({ path: key, message: ui.calculations.notANumber(label) });
      }
    }
    setClientIssues(found);
    if (found.length === 0 && scenario) onCompute(scenario);
  };

  const disabled = scenario === null;
  const costs = scenario ? readCosts(scenario) : [];
  const cohorts = scenario ? cohortCount(scenario) : 0;
  const discount: DiscountChoice = scenario ? readDiscount(scenario) : 'none';

  return (
    <form className="form form--wide panel" onSubmit={submit} noValidate aria-labelledby={`${ID}-form-title`}>
      <h2 id={`${ID}-form-title`}>{t.title}</h2>
      <p>{t.intro}</p>
      <ErrorSummary issues={issues} idPrefix={ID} title={ui.calculations.errorSummary} />
      {examples.length > 0 && (
        <FormField id={`${ID}-example`} label={t.example} hint={examples.find((e) => e.id === exampleId)?.description}>
          {(control) => (
            <select {...control} value={exampleId} onChange={(event) => chooseExample(event.target.value)}>
              {examples.map((example) => (
                <option key={example.id} value={example.id}>
                  {example.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      )}
      <fieldset className="fieldset" disabled={disabled} aria-describedby={disabled ? `${ID}-fields-note` : undefined}>
        <legend>{t.parameters}</legend>
        {disabled && (
          <p id={`${ID}-fields-note`} className="field__hint">
            {t.fieldsNeedJson}
          </p>
        )}
        <div className="form__row form__row--wrap">
          {NUMBER_FIELDS.map((field) => (
            <FormField
              key={field}
              id={`${ID}-${field}`}
              label={numberLabels[field]}
              error={errorFor(field)}
              hint={
                field === 'participants' && cohorts > 0
                  ? t.participantsHint(cohorts)
                  : field === 'attribution'
                    ? t.attributionHint
                    : undefined
              }
            >
              {(control) => (
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  size={10}
                  value={
                    scenario
                      ? shown(field, readNumber(scenario, field), PERCENT_FIELDS.has(field))
                      : (drafts[field] ?? '')
                  }
                  onChange={(event) =>
                    scenario &&
                    typeNumber(field, event.target.value, (value) =>
                      writeNumber(scenario, field, PERCENT_FIELDS.has(field) ? value / 100 : value),
                    )
                  }
                />
              )}
            </FormField>
          ))}
          <FormField id={`${ID}-deadweightMode`} label={t.deadweightMode} error={errorFor('deadweightMode')}>
            {(control) => (
              <select
                {...control}
                value={scenario ? readDeadweightMode(scenario) : 'percentagePoints'}
                onChange={(event) =>
                  scenario &&
                  update(
                    writeDeadweightMode(
                      scenario,
                      event.target.value === 'shareOfOutcomes' ? 'shareOfOutcomes' : 'percentagePoints',
                    ),
                  )
                }
              >
                <option value="percentagePoints">{t.deadweightModes.percentagePoints}</option>
                <option value="shareOfOutcomes">{t.deadweightModes.shareOfOutcomes}</option>
              </select>
            )}
          </FormField>
          <FormField id={`${ID}-discount`} label={t.discount} error={errorFor('discount')}>
            {(control) => (
              <select
                {...control}
                value={discount}
                onChange={(event) => {
                  const choice = event.target.value as DiscountChoice;
                  if (scenario && choice !== 'custom') update(writeDiscount(scenario, choice));
                }}
              >
                {discount === 'custom' && <option value="custom">{t.discountOptions.custom}</option>}
                <option value="fm2021">{t.discountOptions.fm2021}</option>
                <option value="greenBook">{t.discountOptions.greenBook}</option>
                <option value="none">{t.discountOptions.none}</option>
              </select>
            )}
          </FormField>
        </div>
        <fieldset className="fieldset fieldset--inner">
          <legend>{t.costsLegend}</legend>
          {costs.length === 0 ? (
            <p className="field__hint">{t.noCosts}</p>
          ) : (
            <div className="form__row form__row--wrap">
              {costs.map((line) => (
                <FormField
                  key={line.index}
                  id={`${ID}-cost-${line.index}`}
                  label={t.costLabel(line.year ?? 0, line.bearer)}
                  error={errorFor(`cost-${line.index}`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      type="text"
                      inputMode="decimal"
                      size={12}
                      value={shown(`cost-${line.index}`, line.amount, false)}
                      onChange={(event) =>
                        scenario &&
                        typeNumber(`cost-${line.index}`, event.target.value, (value) =>
                          writeCost(scenario, line.index, value),
                        )
                      }
                    />
                  )}
                </FormField>
              ))}
            </div>
          )}
        </fieldset>
      </fieldset>
      <FormField id={`${ID}-json`} label={t.json} hint={t.jsonHint} error={errorFor('json')}>
        {(control) => (
          <textarea
            {...control}
            className="code-input"
            rows={14}
            spellCheck={false}
            value={json}
            onChange={(event) => {
              setJson(event.target.value);
              setDrafts({});
            }}
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button" disabled={computing}>
          {computing ? ui.calculations.computing : ui.calculations.compute}
        </button>
      </div>
    </form>
  );
}
