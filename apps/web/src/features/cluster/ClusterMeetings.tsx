import { Link } from 'react-router';
import { formatDate, ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { SourceButton } from '../../components/SourceButton';
import type { ClusterData } from './useClusters';

/** Meetings, newest first, each with its agenda items' recommendation and decision. */
export function ClusterMeetings({ meetings }: { meetings: ClusterData['meetings'] }) {
  if (meetings.length === 0) return <EmptyState text={ui.cluster.meetingsEmpty} />;
  return (
    <ul className="card-list">
      {meetings.map((meeting) => (
        <li key={meeting.id} id={`moede-${meeting.id}`} className="card">
          <h4 className="card__title">
            <Link to={`/klynge/moeder/${meeting.id}`}>
              {ui.cluster.meetingHeading(formatDate(meeting.date), meeting.title)}
            </Link>
          </h4>
          <p className="card__meta">
            {meeting.place && (
              <>
                {ui.cluster.place}: {meeting.place}{' '}
              </>
            )}
            <SourceButton source={meeting.source} label={meeting.title} />
          </p>
          {meeting.agendaItems.length === 0 ? (
            <EmptyState text={ui.cluster.noAgenda} />
          ) : (
            <ol className="agenda">
              {meeting.agendaItems.map((item) => (
                <li key={item.id} className="agenda__item">
                  <p className="agenda__title">
                    {ui.cluster.agendaItem(item.number, item.title)}{' '}
                    <SourceButton source={item.source} label={ui.cluster.agendaItem(item.number, item.title)} />
                  </p>
                  <dl className="facts">
                    {item.recommendation && (
                      <div>
                        <dt>{ui.cluster.recommendation}</dt>
                        <dd>{item.recommendation}</dd>
                      </div>
                    )}
                    {item.decision && (
                      <div>
                        <dt>{ui.cluster.decision}</dt>
                        <dd>{item.decision}</dd>
                      </div>
                    )}
                  </dl>
                </li>
              ))}
            </ol>
          )}
        </li>
      ))}
    </ul>
  );
}
