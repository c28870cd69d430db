import { formatKr, ui } from '../../shared';
import { EditableTableSection } from '../../components/EditableTableSection';
import { SourceButton } from '../../components/SourceButton';
import { formatHours } from '../overview/BudgetTable';
import type { VersionedBudgetLine } from './themeQueries';
import { BudgetLineForm } from './BudgetLineForm';
import { RowActions } from './DeleteButton';
import { DELETE_BUDGET_LINE_MUTATION } from './themeMutations';
import { useEditableRows } from './useEditableRows';

interface BudgetLineSectionProps {
  themeId: string;
  lines: VersionedBudgetLine[];
  canEdit: boolean;
  onMessage: (message: string) => void;
}

/** The theme's budget lines; for the staff unit also add, change and delete. */
export function BudgetLineSection({ themeId, lines, canEdit, onMessage }: BudgetLineSectionProps) {
  const { editing, setEditing, remove, done } = useEditableRows<VersionedBudgetLine>(
    'BudgetLine',
    DELETE_BUDGET_LINE_MUTATION,
    onMessage,
  );

  return (
    <EditableTableSection
      headingId="budget-lines-title"
      title={ui.themes.budgetTitle}
      caption={ui.themes.budgetCaption}
      emptyText={ui.themes.budgetEmpty}
      rowCount={lines.length}
      columns={
        <>
          <th scope="col">{ui.budget.year}</th>
          <th scope="col">{ui.budget.description}</th>
          <th scope="col" className="num">
            {ui.budget.amount}
          </th>
          <th scope="col" className="num">
            {ui.budget.hours}
          </th>
          <th scope="col">{ui.budget.funding}</th>
          <th scope="col">{ui.budget.source}</th>
        </>
      }
      canEdit={canEdit}
      form={
        editing ? (
          <BudgetLineForm
            key={editing === 'new' ? 'new' : editing.id}
            parent={{ kind: 'theme', id: themeId }}
            line={editing === 'new' ? undefined : editing}
            onDone={done}
          />
        ) : null
      }
      addLabel={ui.themes.addBudgetLine}
      onAdd={() => setEditing('new')}
    >
      {lines.map((line) => {
        const what = ui.themes.budgetLineWhat(line.year, line.description);
        return (
          <tr key={line.id}>
            <th scope="row">{line.year}</th>
            <td>{line.description}</td>
            <td className="num">{line.amountKr == null ? ui.budget.noAmount : formatKr(line.amountKr)}</td>
            <td className="num">{formatHours(line)}</td>
            <td>{line.fundingSource ?? ui.budget.noAmount}</td>
            <td>
              <SourceButton source={line.source} label={what} />
            </td>
            {canEdit && <RowActions what={what} onEdit={() => setEditing(line)} onDelete={() => remove(line)} />}
          </tr>
        );
      })}
    </EditableTableSection>
  );
}
