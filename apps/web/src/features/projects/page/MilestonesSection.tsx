import { projectPageUi as t, ui } from '../../../shared';
import { EditableTableSection } from '../../../components/EditableTableSection';
import { SourceButton } from '../../../components/SourceButton';
import { StatusLabel } from '../../../components/StatusLabel';
import { TimelinessLabel } from '../../../components/TimelinessLabel';
import { RowActions } from '../../themes/DeleteButton';
import { MilestoneForm } from '../../themes/MilestoneForm';
import { milestoneWhen } from '../../themes/milestoneWhen';
import { DELETE_MILESTONE_MUTATION } from '../../themes/themeMutations';
import { useEditableRows } from '../../themes/useEditableRows';
import type { ProjectMilestoneData } from './projectPageQueries';

interface MilestonesSectionProps {
  projectId: string;
  milestones: ProjectMilestoneData[];
  canEdit: boolean;
  onMessage: (message: string) => void;
}

/** The project's milestones with "Forsinket" / "Færdig for sent"; the staff unit adds, changes and deletes. */
export function MilestonesSection({ projectId, milestones, canEdit, onMessage }: MilestonesSectionProps) {
  const { editing, setEditing, remove, done } = useEditableRows<ProjectMilestoneData>(
    'Milestone',
    DELETE_MILESTONE_MUTATION,
    onMessage,
  );
  return (
    <EditableTableSection
      headingId="project-milestones-title"
      title={t.milestonesTitle}
      caption={t.milestonesCaption}
      emptyText={t.milestonesEmpty}
      rowCount={milestones.length}
      columns={
        <>
          <th scope="col">{t.when}</th>
          <th scope="col">{t.milestone}</th>
          <th scope="col">{t.status}</th>
          <th scope="col">{t.timeliness}</th>
          <th scope="col">{t.source}</th>
        </>
      }
      canEdit={canEdit}
      form={
        editing ? (
          <MilestoneForm
            key={editing === 'new' ? 'new' : editing.id}
            parent={{ kind: 'project', id: projectId }}
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
        const doneLate = milestone.timeliness === 'DONE_LATE';
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
                completedOn={doneLate ? milestone.completedOn : null}
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
