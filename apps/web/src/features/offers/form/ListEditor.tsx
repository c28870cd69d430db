import { useRef, type ReactNode } from 'react';

interface ListEditorProps<T extends { key: string }> {
  id: string;
  title: string;
  hint: string;
  empty: string;
  items: T[];
  itemTitle: (n: number) => string;
  addLabel: string;
  removeLabel: (n: number) => string;
  onAdd: () => void;
  onRemove: (index: number) => void;
  renderItem: (item: T, index: number) => ReactNode;
  /** A non-blocking note about the list as a whole (null: none now), announced politely when it appears. */
  notice?: string | null;
}

/**
 * A titled list of small sub-forms ("Sted 1", "Sted 2" …), each removable, with an add button. Keyboard:
 * after adding, focus moves to the new row's first field; after removing, to the add button.
 */
export function ListEditor<T extends { key: string }>(props: ListEditorProps<T>) {
  const { id, title, hint, empty, items, itemTitle, addLabel, removeLabel, onAdd, onRemove, renderItem, notice } =
    props;
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const add = () => {
    onAdd();
    // After React has drawn the new row.
    requestAnimationFrame(() =>
      listRef.current?.querySelector<HTMLElement>('li:last-child input, li:last-child select')?.focus(),
    );
  };
  return (
    <fieldset className="fieldset" id={id} aria-describedby={`${id}-hint`}>
      <legend>{title}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {hint}
      </p>
      {items.length === 0 && <p>{empty}</p>}
      <ol className="list-editor" ref={listRef}>
        {items.map((item, index) => (
          <li key={item.key} className="list-editor__item">
            <fieldset className="fieldset--inner">
              <legend>{itemTitle(index + 1)}</legend>
              {renderItem(item, index)}
              <button
                type="button"
                className="button button--secondary button--small"
                onClick={() => {
                  onRemove(index);
                  addRef.current?.focus();
                }}
              >
                {removeLabel(index + 1)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      {/* The live region is always there, so a screen reader hears the notice when an edit brings it. */}
      {notice !== undefined && (
        <div role="status" aria-live="polite">
          {notice && <p className="notice">{notice}</p>}
        </div>
      )}
      <button type="button" className="button button--secondary" ref={addRef} onClick={add}>
        {addLabel}
      </button>
    </fieldset>
  );
}
