import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { formatDate, meetingsUi as t } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useViewer } from '../auth/useViewer';
import { useDocumentTitle } from '../shell/useDocumentTitle';

export const BODY_MEETINGS_QUERY = graphql(`
  query BodyMeetings {
    bodies {
      id
      name
      kind
      meetings {
        id
        title
        date
        kindLabel
        agendaPublishedAt
      }
    }
  }
`);

/** The bodies that qualify and discuss proposals (Fokus på Sundhed 2): Sundhedsforum and "Sammen om sundhed". */
const PROPOSAL_BODIES = new Set(['HEALTH_FORUM', 'STEERING_GROUP']);

/**
 * "/forslag/moeder": the meetings of the municipality's Sundhedsforum and "Sammen om sundhed" (ADR 047);
 * the staff unit records them with the cluster's meeting screens, the director reads published ones.
 */
export function BodyMeetingsPage() {
  useDocumentTitle(t.bodyMeetingsTitle);
  const { data, loading, error, refetch } = useQuery(BODY_MEETINGS_QUERY);
  const staff = useViewer().data?.me?.role === 'sundhedsstab';
  if (loading && !data) return <LoadingStatus />;
  if (error && !data)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  const bodies = (data?.bodies ?? []).filter((b) => PROPOSAL_BODIES.has(b.kind));
  return (
    <div className="page">
      <h1>{t.bodyMeetingsTitle}</h1>
      <p className="lead">{t.bodyMeetingsIntro}</p>
      {bodies.map((b) => (
        <section key={b.id} className="panel" aria-labelledby={`body-${b.id}`}>
          <h2 id={`body-${b.id}`}>{b.name}</h2>
          {staff && (
            <p>
              <Link className="button" to={`/klynge/moeder/ny?forum=${encodeURIComponent(b.id)}`}>
                {t.newMeetingFor(b.name)}
              </Link>
            </p>
          )}
          {b.meetings.length === 0 ? (
            <EmptyState text={t.noBodyMeetings} />
          ) : (
            <ul className="plain-list">
              {b.meetings.map((m) => (
                <li key={m.id}>
                  <Link to={`/klynge/moeder/${m.id}`}>{m.title}</Link> · {formatDate(m.date)} · {m.kindLabel}
                  {!m.agendaPublishedAt && ` · ${t.draftShort}`}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
