import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { formatDate, fundingFlowMessages as fm, fundingFlowUi as t } from '../../shared';
import type { FundingFlowStatus, FundingPartyKind } from '../../__generated__/graphql';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import { SourceInput, sourceDraftOf, sourceValueOf } from '../../components/SourceInput';
import { fieldIssuesFromError, fieldName, type FieldMessage } from '../../components/fieldIssuesFromError';
import { errorMessage } from '../../components/errorMessage';
import { FUNDING_FLOWS_QUERY, SAVE_FUNDING_FLOW_MUTATION, type FundingFlowData } from './fundingFlowQueries';

const PARTIES: FundingPartyKind[] = ['MUNICIPALITY', 'REGION', 'STATE', 'HEALTH_COUNCIL', 'NOT_KNOWN'];
const STATUSES: FundingFlowStatus[] = ['KNOWN', 'AGREED_NOT_LEGISLATED', 'NOT_KNOWN'];
const day = (iso: string | null | undefined) => (iso ? formatDate(iso) : '');
const orNull = (s: string) => (s.trim() === '' ? null : s);

/** The staff unit adds or edits a money flow after co-financing (ADR 069); ending it is setting its last day. */
export function FundingFlowForm({ flow, onDone }: { flow: FundingFlowData | null; onDone: (message: string) => void }) {
  const prefix = `flow-${flow?.id ?? 'new'}`;
  const [name, setName] = useState(flow?.name ?? '');
  const [payerKind, setPayerKind] = useState<FundingPartyKind>(flow?.payerKind ?? 'NOT_KNOWN');
  const [recipientKind, setRecipientKind] = useState<FundingPartyKind>(flow?.recipientKind ?? 'NOT_KNOWN');
  const [validFrom, setValidFrom] = useState(day(flow?.validFrom));
  const [validTo, setValidTo] = useState(day(flow?.validTo));
  const [status, setStatus] = useState<FundingFlowStatus>(flow?.status ?? 'NOT_KNOWN');
  const [known, setKnown] = useState(flow?.known ?? '');
  const [amountOrRule, setAmountOrRule] = useState(flow?.amountOrRule ?? '');
  const [replaces, setReplaces] = useState(flow?.replacesCofinancing ?? false);
  const [publisher, setPublisher] = useState(flow?.publisher ?? '');
  const [source, setSource] = useState(sourceDraftOf(flow?.source));
  const [issues, setIssues] = useState<FieldMessage[]>([]);
  const [save, { loading }] = useMutation(SAVE_FUNDING_FLOW_MUTATION, { refetchQueries: [FUNDING_FLOWS_QUERY] });
  const errorFor = (field: string) => issues.find((i) => fieldName(i.path) === field)?.message;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await save({
        variables: {
          id: flow?.id ?? null,
          version: flow?.version ?? null,
          input: {
            name,
            payerKind,
            recipientKind,
            validFrom: orNull(validFrom),
            validTo: orNull(validTo),
            status,
            known,
            amountOrRule: orNull(amountOrRule),
            replacesCofinancing: replaces,
            publisher: orNull(publisher),
            source: sourceValueOf(source),
          },
        },
      });
      setIssues([]);
      onDone(t.saved(saved.data?.saveFundingFlow.name ?? name));
    } catch (error) {
      setIssues(fieldIssuesFromError(error) ?? [{ path: '', message: errorMessage(error) }]);
    }
  };

  const party = (field: 'payerKind' | 'recipientKind', value: FundingPartyKind, set: (v: FundingPartyKind) => void) => (
    <FormField id={`${prefix}-${field}`} label={t.fields[field]} error={errorFor(field)}>
      {(c) => (
        <select {...c} value={value} onChange={(e) => set(e.target.value as FundingPartyKind)}>
          {PARTIES.map((k) => (
            <option key={k} value={k}>
              {fm.party[k]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form
      className="funding-flow-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={flow ? t.formTitle(flow.name) : t.formTitleNew}
    >
      <ErrorSummary issues={issues} idPrefix={prefix} />
      <FormField id={`${prefix}-name`} label={t.fields.name} error={errorFor('name')}>
        {(c) => <input {...c} type="text" value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      {party('payerKind', payerKind, setPayerKind)}
      {party('recipientKind', recipientKind, setRecipientKind)}
      <FormField
        id={`${prefix}-validFrom`}
        label={t.fields.validFrom}
        hint={t.fields.dateHint}
        error={errorFor('validFrom')}
      >
        {(c) => <input {...c} type="text" value={validFrom} onChange={(e) => setValidFrom(e.target.value)} />}
      </FormField>
      <FormField
        id={`${prefix}-validTo`}
        label={t.fields.validTo}
        hint={t.fields.validToHint}
        error={errorFor('validTo')}
      >
        {(c) => <input {...c} type="text" value={validTo} onChange={(e) => setValidTo(e.target.value)} />}
      </FormField>
      <FormField id={`${prefix}-status`} label={t.fields.status} error={errorFor('status')}>
        {(c) => (
          <select {...c} value={status} onChange={(e) => setStatus(e.target.value as FundingFlowStatus)}>
            {STATUSES.map((k) => (
              <option key={k} value={k}>
                {fm.status[k]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id={`${prefix}-known`} label={t.fields.known} error={errorFor('known')}>
        {(c) => <textarea {...c} value={known} onChange={(e) => setKnown(e.target.value)} />}
      </FormField>
      <FormField id={`${prefix}-amountOrRule`} label={t.fields.amountOrRule} error={errorFor('amountOrRule')}>
        {(c) => <input {...c} type="text" value={amountOrRule} onChange={(e) => setAmountOrRule(e.target.value)} />}
      </FormField>
      <p>
        <label>
          <input
            id={`${prefix}-replacesCofinancing`}
            type="checkbox"
            checked={replaces}
            onChange={(e) => setReplaces(e.target.checked)}
          />{' '}
          {t.fields.replacesCofinancing}
        </label>
      </p>
      <FormField id={`${prefix}-publisher`} label={t.fields.publisher} error={errorFor('publisher')}>
        {(c) => <input {...c} type="text" value={publisher} onChange={(e) => setPublisher(e.target.value)} />}
      </FormField>
      <div id={`${prefix}-source`} tabIndex={-1}>
        {errorFor('source') && <p className="field__error">{errorFor('source')}</p>}
        <SourceInput idPrefix={prefix} value={source} onChange={setSource} errorFor={errorFor} />
      </div>
      <button type="submit" className="button" disabled={loading}>
        {t.save}
      </button>
    </form>
  );
}
