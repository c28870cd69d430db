import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { cofinancingUi as t, formatInputNumber, parseDanishInput } from '../../shared';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { Values } from '../../components/conflict';
import { useVersionedEdit } from '../../components/useVersionedEdit';
import type { CofinancingRuleFieldsFragment } from '../../__generated__/graphql';
import { FormActions } from '../themes/FormActions';
import { useFormSubmit } from '../themes/useFormSubmit';
import { SAVE_COFINANCING_RATE_RULE_MUTATION } from './cofinancingQueries';

const FIELDS = ['share', 'shareStatus', 'cap', 'capStatus', 'source'] as const;
const STATUSES = ['confirmed', 'approximate', 'missing'] as const;
const percentText = (share: unknown) => (typeof share === 'number' ? formatInputNumber(share * 100) : '');
const numberText = (value: unknown) => (typeof value === 'number' ? formatInputNumber(value) : '');

/** Changes one rule's share and cap, each with its status, and the source (ADR 016: a stale save keeps the input). */
export function RateRuleForm({
  rule,
  onDone,
}: {
  rule: CofinancingRuleFieldsFragment;
  onDone: (saved: boolean) => void;
}) {
  const [share, setShare] = useState(percentText(rule.share));
  const [shareStatus, setShareStatus] = useState(rule.shareStatus);
  const [cap, setCap] = useState(numberText(rule.cap));
  const [capStatus, setCapStatus] = useState(rule.capStatus);
  const [source, setSource] = useState(rule.source);
  const [saveRule] = useMutation(SAVE_COFINANCING_RATE_RULE_MUTATION, {
    refetchQueries: ['CofinancingEditableRateSets', 'CofinancingThemeF'],
    awaitRefetchQueries: true,
  });
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = `cofin-rate-${rule.rateSetId}-${rule.sector}-${rule.contactType}-${rule.ageGroup}`.replace(/[^\w-]/g, '');
  const shareValue = share.trim() ? parseDanishInput(share) : null;
  const capValue = cap.trim() ? parseDanishInput(cap) : null;
  const mine: Values = {
    share: shareValue === null ? null : Math.round(shareValue * 1e6) / 1e8,
    shareStatus,
    cap: capValue,
    capStatus,
    source,
  };

  const show = (v: Values) => {
    setShare(percentText(v.share));
    setShareStatus(typeof v.shareStatus === 'string' ? v.shareStatus : 'missing');
    setCap(numberText(v.cap));
    setCapStatus(typeof v.capStatus === 'string' ? v.capStatus : 'missing');
    setSource(typeof v.source === 'string' ? v.source : '');
  };

  const save = async (values: Values, version: number) => {
    const unreadable = [
      share.trim() && shareValue === null ? { path: 'input.share', message: t.rateNotNumber(t.rateShare) } : null,
      cap.trim() && capValue === null ? { path: 'input.cap', message: t.rateNotNumber(t.rateCap) } : null,
    ].filter((i) => i !== null);
    if (unreadable.length) {
      setIssues(unreadable);
      return;
    }
    const input = {
      rateSetId: rule.rateSetId,
      sector: rule.sector,
      contactType: rule.contactType,
      ageGroup: rule.ageGroup,
      share: (values.share as number | null) ?? null,
      shareStatus: String(values.shareStatus),
      cap: (values.cap as number | null) ?? null,
      capStatus: String(values.capStatus),
      source: typeof values.source === 'string' ? values.source : '',
      version,
    };
    const saved = await run(() => saveRule({ variables: { input } }));
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: rule,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const statusSelect = (field: 'shareStatus' | 'capStatus', value: string, set: (v: string) => void, label: string) => (
    <FormField id={`${id}-${field}`} label={label} error={errorFor(field)}>
      {(control) => (
        <select {...control} value={value} onChange={(e) => set(e.target.value)}>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {t.rateStatus[s]}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{t.rateEdit(rule.label)}</h4>
      {rule.note && <p className="field__hint">{rule.note}</p>}
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && (
        <ConflictPanel
          {...conflictPanel}
          idPrefix={id}
          saving={saving}
          format={(field, value) =>
            field === 'share' && typeof value === 'number'
              ? `${percentText(value)} %`
              : field.endsWith('Status') && typeof value === 'string'
                ? t.rateStatus[value]
                : undefined
          }
        />
      )}
      <div className="form__row">
        <FormField id={`${id}-share`} label={t.rateShare} error={errorFor('share')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="decimal"
              size={6}
              value={share}
              onChange={(e) => setShare(e.target.value)}
            />
          )}
        </FormField>
        {statusSelect('shareStatus', shareStatus, setShareStatus, t.rateShareStatus)}
      </div>
      {rule.capUnit !== 'none' && (
        <div className="form__row">
          <FormField id={`${id}-cap`} label={t.rateCap} error={errorFor('cap')}>
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="decimal"
                size={10}
                value={cap}
                onChange={(e) => setCap(e.target.value)}
              />
            )}
          </FormField>
          {statusSelect('capStatus', capStatus, setCapStatus, t.rateCapStatus)}
        </div>
      )}
      <FormField id={`${id}-source`} label={t.rateSource} error={errorFor('source')}>
        {(control) => <textarea {...control} rows={2} value={source} onChange={(e) => setSource(e.target.value)} />}
      </FormField>
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
