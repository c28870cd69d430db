import { ui } from '../shared';
import type { SourceFieldsFragment } from '../__generated__/graphql';
import { FormField } from './FormField';

/** What the user typed for a source, as text (dates as typed: ISO or d.m.yyyy). */
export interface SourceDraft {
  title: string;
  section: string;
  date: string;
  url: string;
  note: string;
}

export const emptySource: SourceDraft = { title: '', section: '', date: '', url: '', note: '' };

/** A stored source as the form's starting text. */
export function sourceDraftOf(source: SourceFieldsFragment | null | undefined): SourceDraft {
  if (!source) return emptySource;
  return {
    title: source.title,
    section: source.section ?? '',
    date: source.date ?? '',
    url: source.url ?? '',
    note: source.note ?? '',
  };
}

/** The draft as the API's SourceInput: null when every field is empty (no source stated). */
export function sourceValueOf(draft: SourceDraft) {
  const clean = (s: string) => (s.trim() === '' ? null : s.trim());
  const value = {
    title: clean(draft.title),
    section: clean(draft.section),
    date: clean(draft.date),
    url: clean(draft.url),
    note: clean(draft.note),
  };
  return Object.values(value).every((v) => v === null) ? null : value;
}

const FIELDS = ['title', 'section', 'date', 'url', 'note'] as const;

interface SourceInputProps {
  /** Id prefix of the form; the controls are `${idPrefix}-${name}-title` etc. */
  idPrefix: string;
  /** Name of the input field, as in the API's error paths ("source", "purposeSource"). */
  name?: string;
  value: SourceDraft;
  onChange: (value: SourceDraft) => void;
  /** The form's message for a field path such as "source-title". */
  errorFor: (field: string) => string | undefined;
  /** Legend, e.g. "Kilde for tallet". */
  legend?: string;
}

/** Where a figure comes from: document, section, date, link and note, shown later as "Kilde". */
export function SourceInput({ idPrefix, name = 'source', value, onChange, errorFor, legend }: SourceInputProps) {
  const t = ui.sourceInput;
  return (
    <fieldset className="source-input">
      <legend>{legend ?? t.legend}</legend>
      <p className="field__hint">{t.hint}</p>
      {FIELDS.map((field) => (
        <FormField
          key={field}
          id={`${idPrefix}-${name}-${field}`}
          label={t.labels[field]}
          hint={field === 'date' ? t.dateHint : field === 'url' ? t.urlHint : undefined}
          optional={t.optional}
          error={errorFor(`${name}-${field}`)}
        >
          {(control) =>
            field === 'note' ? (
              <textarea
                {...control}
                rows={2}
                value={value[field]}
                onChange={(e) => onChange({ ...value, [field]: e.target.value })}
              />
            ) : (
              <input
                {...control}
                type={field === 'url' ? 'url' : 'text'}
                size={field === 'date' ? 12 : undefined}
                value={value[field]}
                onChange={(e) => onChange({ ...value, [field]: e.target.value })}
              />
            )
          }
        </FormField>
      ))}
    </fieldset>
  );
}
