import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { SourceButton } from '../../components/SourceButton';
import type { BodyData } from '../overview/fragments';

/** Bodies of the health organisation, each with mandate, tasks and members with their roles. */
export function BodyList({ bodies, headingLevel = 3 }: { bodies: BodyData[]; headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ul className="card-list">
      {bodies.map((body) => (
        <li key={body.id} className="card">
          <Heading className="card__title">{body.name}</Heading>
          <p className="card__meta">
            {ui.bodyKind[body.kind]} · {ui.bodies.owner}: {body.ownerName}{' '}
            <SourceButton source={body.source} label={body.name} />
          </p>
          {body.mandate && (
            <p>
              <strong>{ui.bodies.mandate}:</strong> {body.mandate}
            </p>
          )}
          {body.tasks.length > 0 && (
            <details className="card__details">
              <summary>{ui.bodies.tasks}</summary>
              <ul>
                {body.tasks.map((task) => (
                  <li key={task}>{task}</li>
                ))}
              </ul>
            </details>
          )}
          {(body.meetingCadence || body.timeCost) && (
            <dl className="facts">
              {body.meetingCadence && (
                <div>
                  <dt>{ui.bodies.cadence}</dt>
                  <dd>{body.meetingCadence}</dd>
                </div>
              )}
              {body.timeCost && (
                <div>
                  <dt>{ui.bodies.timeCost}</dt>
                  <dd>{body.timeCost}</dd>
                </div>
              )}
            </dl>
          )}
          <p className="card__subtitle">{ui.bodies.members}</p>
          {body.members.length === 0 ? (
            <EmptyState text={ui.bodies.noMembers} />
          ) : (
            <ul className="member-list">
              {body.members.map((member) => (
                <li key={member.id}>
                  <span className="member-list__name">{member.name}</span>
                  {member.function && <span className="member-list__function"> ({member.function})</span>}
                  <span className="role-tag">{ui.memberRole[member.role]}</span>
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
