import { useRef, useState } from 'react';
import { ui } from '../../../shared';
import { FormField } from '../../../components/FormField';

/** What the input says: the target groups' texts unless a caller (the keywords) brings its own. */
export interface TagTexts {
  hint: string;
  chosen: string;
  remove: (tag: string) => string;
  added: (tag: string) => string;
  removed: (tag: string) => string;
}

const targetGroupTexts: TagTexts = {
  hint: ui.offers.tagHint,
  chosen: ui.offers.tagsChosen,
  remove: ui.offers.removeTag,
  added: ui.offers.tagAdded,
  removed: ui.offers.tagRemoved,
};

interface Props {
  id: string;
  label: string;
  tags: string[];
  onChange: (tags: string[]) => void;
  error?: string;
  texts?: TagTexts;
  /** The tag as kept, or the Danish problem with what was typed (then it stays in the box). */
  parse?: (typed: string) => { value: string } | { problem: string };
}

const asTyped = (typed: string) => ({ value: typed });

/**
 * Tags (target groups, search keywords): type and press Enter (or comma) to add; each tag has a remove
 * button with an accessible name. What is left in the box when it loses focus is added too, so nothing
 * typed is lost; what `parse` refuses stays in the box with its message.
 */
export function TagInput({ id, label, tags, onChange, error, texts = targetGroupTexts, parse = asTyped }: Props) {
  const [draft, setDraft] = useState('');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const inputRef = useRef<HTMLInputElement>(null);
  const add = () => {
    const typed = draft.trim().replace(/,+$/, '').trim();
    if (!typed) {
      setDraft('');
      setProblem(undefined);
      return;
    }
    const parsed = parse(typed);
    if ('problem' in parsed) {
      setProblem(parsed.problem);
      return;
    }
    setDraft('');
    setProblem(undefined);
    const tag = parsed.value;
    if (tags.some((t) => t.toLocaleLowerCase('da') === tag.toLocaleLowerCase('da'))) return;
    onChange([...tags, tag]);
    setSaid(texts.added(tag));
  };
  const remove = (tag: string) => {
    onChange(tags.filter((t) => t !== tag));
    setSaid(texts.removed(tag));
    inputRef.current?.focus();
  };
  return (
    <div className="tag-input">
      <FormField id={id} label={label} hint={texts.hint} error={problem ?? error}>
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
        <ul className="chips tag-input__tags" aria-label={texts.chosen}>
          {tags.map((tag) => (
            <li key={tag} className="chip chip--static tag-input__tag">
              {tag}
              <button
                type="button"
                className="tag-input__remove"
                aria-label={texts.remove(tag)}
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
