import { formatKr, projectPageUi as t, ui } from '../../../shared';
import { EditableTableSection } from '../../../components/EditableTableSection';
import { SourceButton } from '../../../components/SourceButton';
import { formatHours } from '../../overview/BudgetTable';
import { BudgetLineForm } from '../../themes/BudgetLineForm';
import { RowActions } from '../../themes/DeleteButton';
import { DELETE_BUDGET_LINE_MUTATION } from '../../themes/themeMutations';
import { useEditableRows } from '../../themes/useEditableRows';
import type { ProjectBudgetLineData } from './projectPageQueries';

interface BudgetSectionProps {
  projectId: string;
  lines: ProjectBudgetLineData[];
  canEdit: boolean;
  onMessage: (message: string) => void;
}

/** Budget lines (kr. and staff hours) with the year's actual spend, each with its source. */
export function BudgetSection({ projectId, lines, canEdit, onMessage }: BudgetSectionProps) {
  const { editing, setEditing, remove, done } = useEditableRows<ProjectBudgetLineData>(
    'BudgetLine',
    DELETE_BUDGET_LINE_MUTATION,
    onMessage,
  );
  return (
    <EditableTableSection
      headingId="project-budget-title"
      title={t.budgetTitle}
      caption={t.budgetCaption}
      emptyText={t.budgetEmpty}
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
          <th scope="col" className="num">
            {t.actual}
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
            parent={{ kind: 'project', id: projectId }}
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
            <td className="num">
              {line.actualKr == null ? ui.budget.noAmount : formatKr(line.actualKr)}
              {line.overBudget && (
                <span className="timeliness timeliness--late">
                  {' '}
                  <span aria-hidden="true" className="timeliness__icon">
                    ⚠{' '}
                  </span>
                  {t.overBudget}
                </span>
              )}{' '}
              <SourceButton source={line.actualSource} label={t.actualWhat(line.year, line.description)} />
            </td>
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
