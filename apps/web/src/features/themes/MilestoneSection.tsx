import { followUpUi, ui } from '../../shared';
import { EditableTableSection } from '../../components/EditableTableSection';
import { SourceButton } from '../../components/SourceButton';
import { StatusLabel } from '../../components/StatusLabel';
import { TimelinessLabel } from '../../components/TimelinessLabel';
import type { VersionedMilestone } from './themeQueries';
import { RowActions } from './DeleteButton';
import { MilestoneForm } from './MilestoneForm';
import { milestoneWhen } from './milestoneWhen';
import { DELETE_MILESTONE_MUTATION } from './themeMutations';
import { useEditableRows } from './useEditableRows';

interface MilestoneSectionProps {
  themeId: string;
  milestones: VersionedMilestone[];
  canEdit: boolean;
  onMessage: (message: string) => void;
}

/** The theme's milestones; for the staff unit also add, change and delete. */
export function MilestoneSection({ themeId, milestones, canEdit, onMessage }: MilestoneSectionProps) {
  const { editing, setEditing, remove, done } = useEditableRows<VersionedMilestone>(
    'Milestone',
    DELETE_MILESTONE_MUTATION,
    onMessage,
  );

  return (
    <EditableTableSection
      headingId="milestones-title"
      title={ui.themes.milestonesTitle}
      caption={ui.themes.milestonesCaption}
      emptyText={ui.themes.milestonesEmpty}
      rowCount={milestones.length}
      columns={
        <>
          <th scope="col">{ui.themes.when}</th>
          <th scope="col">{ui.themes.text}</th>
          <th scope="col">{ui.themes.status}</th>
          <th scope="col">{followUpUi.theme.timeliness}</th>
          <th scope="col">{ui.budget.source}</th>
        </>
      }
      canEdit={canEdit}
      form={
        editing ? (
          <MilestoneForm
            key={editing === 'new' ? 'new' : editing.id}
            parent={{ kind: 'theme', id: themeId }}
            milestone={editing === 'new' ? undefined : editing}
            onDone={done}
          />
        ) : null
      }
      addLabel={ui.themes.addMilestone}
      onAdd={() => setEditing('new')}
    >
      {milestones.map((milestone) => {
        const what = ui.themes.milestoneWhat(milestoneWhen(milestone));
        return (
          <tr key={milestone.id}>
            <th scope="row">{milestoneWhen(milestone)}</th>
            <td>{milestone.text}</td>
            <td>
              <StatusLabel status={milestone.status} />
            </td>
            <td>
              <TimelinessLabel
                timeliness={milestone.timeliness}
                label={milestone.timelinessLabel}
                completedOn={milestone.completedOn}
              />
            </td>
            <td>
              <SourceButton source={milestone.source} label={what} />
            </td>
            {canEdit && (
              <RowActions what={what} onEdit={() => setEditing(milestone)} onDelete={() => remove(milestone)} />
            )}
          </tr>
        );
      })}
    </EditableTableSection>
  );
}
