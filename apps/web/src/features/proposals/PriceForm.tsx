import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { formatInputNumber, parseDanishInput, priceBearerLabels, proposalsUi } from '../../shared';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import type { PriceBearer, UpdatePriceMutation } from '../../__generated__/graphql';
import { errorsOf } from './errorsOf';
import { CREATE_PRICE, PRICES_QUERY, PROPOSAL_QUERY, UPDATE_PRICE, type PriceData } from './proposalQueries';

const t = proposalsUi.prices;
const BEARERS = Object.keys(priceBearerLabels) as PriceBearer[];

/**
 * A unit cost of the catalogue: "Ny pris" (no `price`) or "Ret" (a price); an amount needs a source, a price
 * without an amount is kept as missing. A change answers with the cases it moved (`onDone`).
 */
export function PriceForm({
  price,
  onDone,
  onCancel,
}: {
  price?: PriceData;
  onDone: (o: UpdatePriceMutation['updatePrice'] | null) => void;
  onCancel: () => void;
}) {
  const refetchQueries = [PRICES_QUERY, PROPOSAL_QUERY];
  const [update, updating] = useMutation(UPDATE_PRICE, { refetchQueries });
  const [create, creating] = useMutation(CREATE_PRICE, { refetchQueries });
  const [name, setName] = useState(price?.name ?? '');
  const [unit, setUnit] = useState(price?.unit ?? '');
  const [bearer, setBearer] = useState<PriceBearer>(price?.bearer ?? 'KOMMUNE');
  const [amount, setAmount] = useState(price?.amountKr == null ? '' : formatInputNumber(price.amountKr));
  const [year, setYear] = useState(price ? String(price.year) : '');
  const [sourceTitle, setSourceTitle] = useState('');
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const errorOf = (n: string) => issues.find((i) => fieldName(i.path) === n)?.message;
  const id = price ? 'price' : 'new-price';

  async function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      name,
      unit,
      bearer,
      note: price?.note ?? null,
      amountKr: amount.trim() ? (parseDanishInput(amount) ?? Number.NaN) : null,
      year: year.trim() ? Number(year) : null,
      source: sourceTitle.trim() ? { title: sourceTitle } : null,
    };
    try {
      if (price) {
        const res = await update({ variables: { id: price.id, version: price.version, input } });
        if (res.data) onDone(res.data.updatePrice);
      } else {
        await create({ variables: { input } });
        onDone(null);
      }
    } catch (error) {
      setIssues(errorsOf(error));
    }
  }

  const text = (field: 'name' | 'unit', value: string, set: (v: string) => void) => (
    <FormField id={`${id}-${field}`} label={t[field]} error={errorOf(field)}>
      {(ctl) => <input {...ctl} value={value} onChange={(e) => set(e.target.value)} />}
    </FormField>
  );
  return (
    <form className="panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-form`}>
      <h2 id={`${id}-form`}>{price ? `${t.edit}: ${price.name}` : t.newTitle}</h2>
      <ErrorSummary issues={issues} idPrefix={id} />
      {text('name', name, setName)}
      {text('unit', unit, setUnit)}
      <FormField id={`${id}-bearer`} label={t.bearer} error={errorOf('bearer')}>
        {(ctl) => (
          <select {...ctl} value={bearer} onChange={(e) => setBearer(e.target.value as PriceBearer)}>
            {BEARERS.map((b) => (
              <option key={b} value={b}>
                {priceBearerLabels[b]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${id}-amountKr`} label={`${t.amount} (kr.)`} hint={t.amountHint} error={errorOf('amountKr')}>
        {(ctl) => <input {...ctl} inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-year`} label={t.year} error={errorOf('year')}>
        {(ctl) => <input {...ctl} inputMode="numeric" value={year} onChange={(e) => setYear(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-source`} label={t.source} optional={proposalsUi.optional} error={errorOf('source')}>
        {(ctl) => <input {...ctl} value={sourceTitle} onChange={(e) => setSourceTitle(e.target.value)} />}
      </FormField>
      <div className="button-row">
        <button type="submit" className="button" disabled={updating.loading || creating.loading}>
          {price ? t.save : t.create}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
