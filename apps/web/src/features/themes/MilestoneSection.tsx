import { followUpUi, ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
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
    <section className="panel" aria-labelledby="milestones-title">
      <h2 id="milestones-title">{ui.themes.milestonesTitle}</h2>
      {milestones.length === 0 ? (
        <EmptyState text={ui.themes.milestonesEmpty} />
      ) : (
        <div className="table-scroll" role="region" aria-label={ui.themes.milestonesCaption} tabIndex={0}>
          <table className="data-table">
            <caption>{ui.themes.milestonesCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{ui.themes.when}</th>
                <th scope="col">{ui.themes.text}</th>
                <th scope="col">{ui.themes.status}</th>
                <th scope="col">{followUpUi.theme.timeliness}</th>
                <th scope="col">{ui.budget.source}</th>
                {canEdit && <th scope="col">{ui.themes.actions}</th>}
              </tr>
            </thead>
            <tbody>
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
            </tbody>
          </table>
        </div>
      )}
      {canEdit &&
        (editing ? (
          <MilestoneForm
            key={editing === 'new' ? 'new' : editing.id}
            parent={{ kind: 'theme', id: themeId }}
            milestone={editing === 'new' ? undefined : editing}
            onDone={done}
          />
        ) : (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            {ui.themes.addMilestone}
          </button>
        ))}
    </section>
  );
}
