import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { vocabularyUi as t } from '../../../shared';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { ConflictPanel } from '../../../components/ConflictPanel';
import type { Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import type { MunicipalVocabularyQuery } from '../../../__generated__/graphql';
import { SAVE_MUNICIPAL_CONCEPT_MUTATION } from './vocabularyQueries';

const FIELDS = ['addedTerms', 'hiddenTerms', 'broad', 'label'] as const;

/** A row of the municipality's layer as the list query gives it. */
export type MunicipalConceptRow = MunicipalVocabularyQuery['municipalVocabulary'][number];

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
const asText = (v: unknown) => (Array.isArray(v) ? v.join('\n') : '');

interface Props {
  /** The row to change; absent to add one. */
  concept?: MunicipalConceptRow;
  nationalConcepts: readonly { id: string; label: string }[];
  onDone: (savedLabel: string | null) => void;
}

/** Adds or changes one concept of the municipality's vocabulary layer (ADR 045), versioned (ADR 016). */
export function MunicipalConceptForm({ concept, nationalConcepts, onDone }: Props) {
  const [nationalId, setNationalId] = useState(concept?.nationalId ?? '');
  const [label, setLabel] = useState(concept && !concept.nationalId ? concept.label : '');
  const [added, setAdded] = useState(asText(concept?.addedTerms));
  const [hidden, setHidden] = useState(asText(concept?.hiddenTerms));
  const [broad, setBroad] = useState(concept?.broad ?? false);
  const [saveConcept] = useMutation(SAVE_MUNICIPAL_CONCEPT_MUTATION, {
    refetchQueries: ['MunicipalVocabulary'],
    awaitRefetchQueries: true,
  });
  const { issues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = concept ? `concept-${concept.id}` : 'concept-new';
  const mine: Values = { addedTerms: lines(added), hiddenTerms: lines(hidden), broad, label };

  const show = (v: Values) => {
    setAdded(asText(v.addedTerms));
    setHidden(asText(v.hiddenTerms));
    setBroad(v.broad === true);
    if (typeof v.label === 'string' && !concept?.nationalId) setLabel(v.label);
  };

  const save = async (values: Values, version: number) => {
    const input = {
      nationalId: concept ? (concept.nationalId ?? null) : nationalId.trim() || null,
      label: typeof values.label === 'string' ? values.label : null,
      addedTerms: values.addedTerms as string[],
      hiddenTerms: values.hiddenTerms as string[],
      broad: values.broad === true,
    };
    let savedLabel = '';
    const saved = await run(async () => {
      const res = await saveConcept({
        variables: { id: concept?.id ?? null, version: concept ? version : null, input },
      });
      savedLabel = res.data?.saveMunicipalConcept.label ?? '';
    });
    if (saved) onDone(savedLabel);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: concept,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });
  const listId = `${id}-national-list`;

  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{concept ? t.editHeading(concept.label) : t.addHeading}</h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      {!concept && (
        <FormField id={`${id}-nationalId`} label={t.nationalId} hint={t.nationalIdHint} error={errorFor('nationalId')}>
          {(control) => (
            <>
              <input {...control} list={listId} value={nationalId} onChange={(e) => setNationalId(e.target.value)} />
              <datalist id={listId}>
                {nationalConcepts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.label}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </FormField>
      )}
      {concept?.nationalId && <p>{t.nationalTerms(concept.nationalTerms.join(', '))}</p>}
      {!concept?.nationalId && (concept || !nationalId.trim()) && (
        <FormField id={`${id}-label`} label={t.label} error={errorFor('label')}>
          {(control) => <input {...control} value={label} onChange={(e) => setLabel(e.target.value)} />}
        </FormField>
      )}
      <FormField id={`${id}-addedTerms`} label={t.addedTerms} hint={t.termsHint} error={errorFor('addedTerms')}>
        {(control) => <textarea {...control} rows={4} value={added} onChange={(e) => setAdded(e.target.value)} />}
      </FormField>
      {(concept?.nationalId || (!concept && nationalId.trim())) && (
        <FormField id={`${id}-hiddenTerms`} label={t.hiddenTerms} hint={t.termsHint} error={errorFor('hiddenTerms')}>
          {(control) => <textarea {...control} rows={3} value={hidden} onChange={(e) => setHidden(e.target.value)} />}
        </FormField>
      )}
      <FormField id={`${id}-broad`} label={t.broadLabel} error={errorFor('broad')}>
        {(control) => (
          <input {...control} type="checkbox" checked={broad} onChange={(e) => setBroad(e.target.checked)} />
        )}
      </FormField>
      <FormActions saving={saving} onCancel={() => onDone(null)} />
    </form>
  );
}
