import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { offerTranslationInputSchema } from '@sundhed/shared';
import { fieldLabels, handoutMessages } from '../../../shared';
import { ConflictPanel } from '../../../components/ConflictPanel';
import { ErrorSummary } from '../../../components/ErrorSummary';
import { FormField } from '../../../components/FormField';
import { inputText, type Values } from '../../../components/conflict';
import { useVersionedEdit } from '../../../components/useVersionedEdit';
import { FormActions } from '../../themes/FormActions';
import { useFormSubmit } from '../../themes/useFormSubmit';
import { validateInput } from '../../themes/validateInput';
import { SAVE_OFFER_TRANSLATION_MUTATION, type HandoutLanguageData, type OfferTranslationData } from './handoutQueries';

const FIELDS = ['name', 'shortDescription', 'description', 'eligibility'] as const;
type Field = (typeof FIELDS)[number];
const m = handoutMessages.translation;

interface TranslationFormProps {
  offerId: string;
  /** The Danish texts, shown beside each field. */
  danish: Record<Field, string | null>;
  language: HandoutLanguageData;
  /** The stored translation; absent when there is none yet (saved with version 0). */
  translation?: OfferTranslationData;
  onDone: (saved: boolean) => void;
}

/** The offer's citizen-facing summary in one language; a part left blank is shown in Danish. */
export function TranslationForm({ offerId, danish, language, translation, onDone }: TranslationFormProps) {
  const [values, setValues] = useState<Record<Field, string>>(() => ({
    name: translation?.name ?? '',
    shortDescription: translation?.shortDescription ?? '',
    description: translation?.description ?? '',
    eligibility: translation?.eligibility ?? '',
  }));
  const [saveTranslation] = useMutation(SAVE_OFFER_TRANSLATION_MUTATION, {
    refetchQueries: ['OfferTranslations'],
    awaitRefetchQueries: true,
  });
  const { issues, setIssues, saving, run, errorFor, conflict, setConflict } = useFormSubmit();
  const id = `translation-${language.code}`;
  const mine: Values = Object.fromEntries(FIELDS.map((f) => [f, values[f].trim() || null]));

  const show = (v: Values) =>
    setValues({
      name: inputText(v.name),
      shortDescription: inputText(v.shortDescription),
      description: inputText(v.description),
      eligibility: inputText(v.eligibility),
    });

  const save = async (input: Values, version: number) => {
    const checked = validateInput(offerTranslationInputSchema, input);
    if (!checked.ok) return setIssues(checked.issues);
    const saved = await run(() =>
      saveTranslation({ variables: { offerId, language: language.code, version, input: checked.value } }),
    );
    if (saved) onDone(true);
  };

  const { submit, conflictPanel } = useVersionedEdit({
    fields: FIELDS,
    record: translation,
    mine,
    show,
    save,
    conflict,
    setConflict,
  });

  const dir = language.direction === 'RTL' ? 'rtl' : 'ltr';
  return (
    <form className="form panel" onSubmit={(event) => void submit(event)} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>
        {language.name} (<span lang={language.code}>{language.nativeName}</span>)
      </h3>
      <ErrorSummary issues={issues} idPrefix={id} />
      {conflictPanel && <ConflictPanel {...conflictPanel} idPrefix={id} saving={saving} />}
      {FIELDS.map((field) => (
        <FormField
          key={field}
          id={`${id}-${field}`}
          label={fieldLabels[field] ?? field}
          hint={danish[field] ? `${m.danish}: ${danish[field]}` : undefined}
          error={errorFor(field)}
        >
          {(control) => {
            const props = {
              ...control,
              lang: language.code,
              dir,
              value: values[field],
              onChange: (e: { target: { value: string } }) => setValues({ ...values, [field]: e.target.value }),
            };
            return field === 'description' ? <textarea {...props} rows={6} /> : <input {...props} type="text" />;
          }}
        </FormField>
      ))}
      <FormActions saving={saving} onCancel={() => onDone(false)} />
    </form>
  );
}
