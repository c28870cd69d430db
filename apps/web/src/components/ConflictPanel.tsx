import { useEffect, useRef } from 'react';
import { conflictMessages as cm, fieldLabels, formatDate, ui } from '../shared';
import type { Conflict, Values } from './conflict';

/** Codes shown by their Danish label. */
const CODE_LABELS: Record<string, Record<string, string>> = {
  status: { ...ui.status, ...ui.offers.status },
  hoursUnit: ui.hoursUnitOption,
};

/** A stored or typed value in words: codes by label, lists joined, places by name, yes/no, "(tom)" for nothing. */
export function displayValue(value: unknown, field = ''): string {
  const label = typeof value === 'string' ? CODE_LABELS[field]?.[value] : undefined;
  if (label) return label;
  if (field === 'assuredAt' && typeof value === 'string') return formatDate(value);
  if (value == null || value === '') return cm.empty;
  if (typeof value === 'boolean') return value ? cm.yes : cm.no;
  if (Array.isArray(value)) {
    if (!value.length) return cm.empty;
    return (value as unknown[])
      .map((v) =>
        typeof v === 'object' && v !== null
          ? displayValue((v as Values).name ?? Object.values(v).filter(Boolean).join(' '))
          : displayValue(v),
      )
      .join(', ');
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value) ?? cm.empty;
}

interface ConflictPanelProps {
  idPrefix: string;
  conflict: Conflict;
  /** Fields another person changed meanwhile. */
  fields: string[];
  /** What the user has in the form, for the fields they changed themselves. */
  mine: Values;
  saving: boolean;
  /** Words for values the panel cannot name itself (a unit's name for its id …); undefined for the default. */
  format?: (field: string, value: unknown) => string | undefined;
  onReapply: () => void;
  onDiscard: () => void;
}

/**
 * The form's answer to CONFLICT: what the other person saved meanwhile (and what the user typed, which
 * the form keeps), with "Gem mine ændringer igen" to save the user's changes on top of the new version.
 */
export function ConflictPanel({
  idPrefix,
  conflict,
  fields,
  mine,
  saving,
  format,
  onReapply,
  onDiscard,
}: ConflictPanelProps) {
  const show = (field: string, value: unknown) => format?.(field, value) ?? displayValue(value, field);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [conflict]);
  return (
    <div className="error-summary conflict" role="alert" tabIndex={-1} ref={ref} id={`${idPrefix}-conflict`}>
      <p className="error-summary__title">{conflict.message}</p>
      {fields.length ? (
        <table className="conflict__table">
          <caption>{cm.changedMeanwhile}</caption>
          <thead>
            <tr>
              <th scope="col" />
              <th scope="col">{cm.theirValue}</th>
              <th scope="col">{cm.yourValue}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((field) => (
              <tr key={field}>
                <th scope="row">{fieldLabels[field] ?? cm.labels[field] ?? field}</th>
                <td>{show(field, conflict.current[field])}</td>
                <td>{field in mine ? show(field, mine[field]) : '–'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{cm.nothingYouSee}</p>
      )}
      <p className="field__hint">{cm.reapplyHint}</p>
      <div className="form__actions">
        <button type="button" className="button" disabled={saving} onClick={onReapply}>
          {cm.reapply}
        </button>
        <button type="button" className="button button--secondary" disabled={saving} onClick={onDiscard}>
          {cm.discard}
        </button>
      </div>
    </div>
  );
}
