import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatInputNumber, parseDanishInput, proposalsUi } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import { errorsOf } from './errorsOf';
import type { PriceMovesData } from './PriceMoves';
import {
  CREATE_PRICE_INDEX,
  PRICES_QUERY,
  PROPOSAL_QUERY,
  UPDATE_PRICE_INDEX,
  type PriceIndexData,
} from './proposalQueries';

const t = proposalsUi.prices;

interface Row {
  key: number;
  year: string;
  value: string;
}

let nextKey = 0;
const row = (year = '', value = ''): Row => ({ key: nextKey++, year, value });

/**
 * A named price index: "Nyt prisindeks" (no `index`) or "Ret" (an index), with its base year, a value per
 * year and its source. A change re-runs every business case on the index and answers with what moved.
 */
export function PriceIndexForm({
  index,
  onDone,
  onCancel,
}: {
  index?: PriceIndexData;
  onDone: (outcome: PriceMovesData | null) => void;
  onCancel: () => void;
}) {
  const refetchQueries = [PRICES_QUERY, PROPOSAL_QUERY];
  const [update, updating] = useMutation(UPDATE_PRICE_INDEX, { refetchQueries });
  const [create, creating] = useMutation(CREATE_PRICE_INDEX, { refetchQueries });
  const [name, setName] = useState(index?.name ?? '');
  const [baseYear, setBaseYear] = useState(index ? String(index.baseYear) : '');
  const [rows, setRows] = useState<Row[]>(
    index?.points.length ? index.points.map((p) => row(String(p.year), formatInputNumber(p.value))) : [row()],
  );
  const [sourceTitle, setSourceTitle] = useState('');
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const errorOf = (n: string) => issues.find((i) => fieldName(i.path) === n)?.message;
  const id = index ? 'price-index' : 'new-price-index';
  const setRow = (key: number, patch: Partial<Row>) =>
    setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setIssues([]);
    const input = {
      name,
      baseYear: baseYear.trim() ? Number(baseYear) : Number.NaN,
      points: rows
        .filter((r) => r.year.trim() || r.value.trim())
        .map((r) => ({
          year: r.year.trim() ? Number(r.year) : Number.NaN,
          value: parseDanishInput(r.value) ?? Number.NaN,
        })),
      // Absent keeps the stored source on a change; a new index without one has none.
      ...(sourceTitle.trim() ? { source: { title: sourceTitle.trim() } } : {}),
    };
    if (
      !Number.isInteger(input.baseYear) ||
      input.points.some((p) => !Number.isInteger(p.year) || Number.isNaN(p.value))
    ) {
      setIssues([
        ...(Number.isInteger(input.baseYear) ? [] : [{ path: 'input.baseYear', message: t.baseYearInvalid }]),
        ...(input.points.some((p) => !Number.isInteger(p.year) || Number.isNaN(p.value))
          ? [{ path: 'input.points', message: t.pointsInvalid }]
          : []),
      ]);
      return;
    }
    try {
      if (index) {
        const res = await update({ variables: { id: index.id, version: index.version, input } });
        if (res.data) onDone(res.data.updatePriceIndex);
      } else {
        await create({ variables: { input } });
        onDone(null);
      }
    } catch (error) {
      setIssues(errorsOf(error));
    }
  }

  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-form`}>
      <h2 id={`${id}-form`}>{index ? t.editIndex(index.name) : t.newIndex}</h2>
      <ErrorSummary issues={issues} idPrefix={id} />
      <FormField id={`${id}-name`} label={t.indexName} hint={t.indexNameHint} error={errorOf('name')}>
        {(ctl) => <input {...ctl} value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-baseYear`} label={t.baseYear} error={errorOf('baseYear')}>
        {(ctl) => <input {...ctl} inputMode="numeric" value={baseYear} onChange={(e) => setBaseYear(e.target.value)} />}
      </FormField>
      <fieldset className={errorOf('points') ? 'field field--error' : 'field'} id={`${id}-points`}>
        <legend>{t.points}</legend>
        <p className="field__hint">{t.pointsHint}</p>
        {errorOf('points') && <p className="field__error">{errorOf('points')}</p>}
        {rows.map((r, i) => (
          <div key={r.key} className="bc-line">
            <FormField id={`${id}-points-${i}-year`} label={t.pointYear(i + 1)}>
              {(ctl) => (
                <input
                  {...ctl}
                  inputMode="numeric"
                  value={r.year}
                  onChange={(e) => setRow(r.key, { year: e.target.value })}
                />
              )}
            </FormField>
            <FormField id={`${id}-points-${i}-value`} label={t.pointValue(i + 1)}>
              {(ctl) => (
                <input
                  {...ctl}
                  inputMode="decimal"
                  value={r.value}
                  onChange={(e) => setRow(r.key, { value: e.target.value })}
                />
              )}
            </FormField>
            {rows.length > 1 && (
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}
              >
                {t.removePoint(i + 1)}
              </button>
            )}
          </div>
        ))}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => setRows((rs) => [...rs, row()])}
        >
          {t.addPoint}
        </button>
      </fieldset>
      <FormField
        id={`${id}-source`}
        label={t.indexSource}
        hint={t.indexSourceHint}
        optional={proposalsUi.optional}
        error={errorOf('source')}
      >
        {(ctl) => <input {...ctl} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={updating.loading || creating.loading}>
          {index ? t.saveIndex : t.createIndex}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
