import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { cofinancingUi as t } from '../../shared';
import { ConflictPanel } from '../../components/ConflictPanel';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormField } from '../../components/FormField';
import type { Values } from '../../components/conflict';
import { useVersionedEdit } from '../../components/useVersionedEdit';
import type { CofinancingSetFieldsFragment } from '../../__generated__/graphql';
import { FormActions } from '../themes/FormActions';
import { useFormSubmit } from '../themes/useFormSubmit';
import { COFINANCING_SETS_QUERY, SAVE_COFINANCING_SET_MUTATION } from './cofinancingQueries';

const FIELDS = ['name', 'note', 'memberCodes'] as const;

export interface ChoosableMunicipality {
  code: string;
  name: string;
}

interface ComparisonSetFormProps {
  /** The set to change; absent to add one. */
  set?: CofinancingSetFieldsFragment;
  municipalities: ChoosableMunicipality[];
  onDone: (savedName: string | null) => void;
}

/** Adds or changes a named comparison set (staff unit, ADR 016: a stale save keeps what was typed). */
export function ComparisonSetForm({ set, municipalities, onDone }: ComparisonSetFormProps) {
  const [name, setName] = useState(set?.name ?? '');
  const [note, setNote] = useState(set?.note ?? '');
  const [codes, setCodes] = useState<string[]>(set?.memberCodes ?? []);
  const [saveSet] = useMutation(SAVE_COFINANCING_SET_MUTATION, {
    refetchQueries: [COFINANCING_SETS_QUERY, 'CofinancingOverview'],
    awaitRefetchQueries: true,
  });
  const { issues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = set ? `cofin-set-${set.id}` : 'cofin-set-new';
  const mine: Values = { name, note: note || null, memberCodes: codes };
  const nameOf = new Map(municipalities.map((m) => [m.code, m.name]));

  const show = (v: Values) => {
    setName(typeof v.name === 'string' ? v.name : '');
    setNote(typeof v.note === 'string' ? v.note : '');
    setCodes(Array.isArray(v.memberCodes) ? (v.memberCodes as string[]) : []);
  };

  const save = async (values: Values, version: number) => {
    const input = {
      id: set?.id ?? null,
      version: set ? version : null,
      name: typeof values.name === 'string' ? values.name : '',
      note: (values.note as string | null) ?? null,
      memberCodes: (values.memberCodes as string[]) ?? [],
    };
    const saved = await run(() => saveSet({ variables: { input } }));
    if (saved) onDone(input.name.trim());
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: set,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const toggle = (code: string, on: boolean) =>
    setCodes((current) => (on ? [...current, code] : current.filter((c) => c !== code)));

  return (
    <form className="form panel" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{set ? t.setEdit(set.name) : t.setNew}</h4>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && (
        <ConflictPanel
          {...conflictPanel}
          idPrefix={id}
          saving={saving}
          format={(field, value) =>
            field === 'memberCodes' && Array.isArray(value)
              ? (value as string[]).map((c) => nameOf.get(c) ?? c).join(', ')
              : undefined
          }
        />
      )}
      <FormField id={`${id}-name`} label={t.setNameLabel} error={errorFor('name')}>
        {(control) => <input {...control} type="text" value={name} onChange={(e) => setName(e.target.value)} />}
      </FormField>
      <FormField id={`${id}-note`} label={t.setNoteLabel} error={errorFor('note')}>
        {(control) => <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
      </FormField>
      <fieldset
        className={errorFor('memberCodes') ? 'fieldset field--error' : 'fieldset'}
        aria-describedby={errorFor('memberCodes') ? `${id}-memberCodes-error` : undefined}
      >
        <legend>{t.setMembersLabel}</legend>
        {errorFor('memberCodes') && (
          <p id={`${id}-memberCodes-error`} className="field__error">
            {errorFor('memberCodes')}
          </p>
        )}
        <ul className="checkbox-list">
          {municipalities.map((m) => (
            <li key={m.code}>
              <label>
                <input
                  type="checkbox"
                  checked={codes.includes(m.code)}
                  onChange={(e) => toggle(m.code, e.target.checked)}
                />
                {m.name}
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <FormActions saving={saving} onCancel={() => onDone(null)} />
    </form>
  );
}
