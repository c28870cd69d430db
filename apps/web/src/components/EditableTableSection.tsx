import type { ReactNode } from 'react';
import { ui } from '../shared';
import { EmptyState } from './EmptyState';

interface EditableTableSectionProps {
  /** The heading's id (the section is labelled by it). */
  headingId: string;
  title: string;
  /** The table's caption, also the name of its scroll region. */
  caption: string;
  /** Shown in place of the table when there are no rows. */
  emptyText: string;
  rowCount: number;
  /** The column headers (`<th scope="col">`), without the actions column. */
  columns: ReactNode;
  /** The rows (`<tr>`). */
  children: ReactNode;
  /** Whether the user may add, change and delete rows: adds the actions column and the add button. */
  canEdit: boolean;
  /** The open add/change form, or null when none is open. */
  form: ReactNode;
  addLabel: string;
  onAdd: () => void;
}

/** A panel with a table of editable rows (milestones, budget lines), its empty state, and its add/change form. */
export function EditableTableSection(props: EditableTableSectionProps) {
  const { headingId, title, caption, emptyText, rowCount, columns, children, canEdit, form, addLabel, onAdd } = props;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {rowCount === 0 ? (
        <EmptyState text={emptyText} />
      ) : (
        <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
          <table className="data-table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                {columns}
                {canEdit && <th scope="col">{ui.themes.actions}</th>}
              </tr>
            </thead>
            <tbody>{children}</tbody>
          </table>
        </div>
      )}
      {canEdit &&
        (form ?? (
          <button type="button" className="button" onClick={onAdd}>
            {addLabel}
          </button>
        ))}
    </section>
  );
}
