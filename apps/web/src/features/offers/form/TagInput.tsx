import { useRef, useState } from 'react';
import { ui } from '../../../shared';
import { FormField } from '../../../components/FormField';

interface Props {
  id: string;
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string;
}

/**
 * Target groups as tags: type and press Enter (or comma) to add; each tag has a remove button with an
 * accessible name. What is left in the box when it loses focus is added too, so nothing typed is lost.
 */
export function TagInput({ id, label, tags, onChange, error }: Props) {
  const [draft, setDraft] = useState('');
  const [said, setSaid] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const add = () => {
    const tag = draft.trim().replace(/,+$/, '').trim();
    setDraft('');
    if (!tag || tags.some((t) => t.toLocaleLowerCase('da') === tag.toLocaleLowerCase('da'))) return;
    onChange([...tags, tag]);
    setSaid(ui.offers.tagAdded(tag));
  };
  const remove = (tag: string) => {
    onChange(tags.filter((t) => t !== tag));
    setSaid(ui.offers.tagRemoved(tag));
    inputRef.current?.focus();
  };
  return (
    <div className="tag-input">
      <FormField id={id} label={label} hint={ui.offers.tagHint} error={error}>
        {(control) => (
          <input
            {...control}
            ref={inputRef}
            type="text"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ',') {
                e.preventDefault();
                add();
              }
            }}
            onBlur={add}
          />
        )}
      </FormField>
      {tags.length > 0 && (
        <ul className="chips tag-input__tags" aria-label={ui.offers.tagsChosen}>
          {tags.map((tag) => (
            <li key={tag} className="chip chip--static tag-input__tag">
              {tag}
              <button
                type="button"
                className="tag-input__remove"
                aria-label={ui.offers.removeTag(tag)}
                onClick={() => remove(tag)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
