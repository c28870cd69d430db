import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { meetingsUi as t } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { MeetingForm, type NewMeetingOwner } from './MeetingForm';
import { MeetingLoader } from './MeetingLoader';

/** The owner named in the address: "?klynge=<cluster id>" (the secretariat) or "?forum=<body id>" (the staff unit). */
function ownerFrom(params: URLSearchParams): NewMeetingOwner | null {
  const clusterId = params.get('klynge');
  const bodyId = params.get('forum');
  return clusterId ? { clusterId } : bodyId ? { bodyId } : null;
}

/**
 * "/klynge/moeder/ny?klynge=<id>" or "?forum=<id>" and "/klynge/moeder/:id/rediger": a meeting of a cluster
 * or of one of the municipality's own bodies (ADR 047); saved, to the meeting page.
 */
export function MeetingFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const onSaved = (savedId: string) => void navigate(`/klynge/moeder/${savedId}`);
  useDocumentTitle(id ? t.editMeeting : t.newMeeting);
  if (!id) {
    const owner = ownerFrom(params);
    const back = owner && 'bodyId' in owner ? '/forslag/moeder' : '/klynge';
    return (
      <div className="page page--narrow">
        <h1>{t.newMeeting}</h1>
        {owner ? (
          <MeetingForm owner={owner} onSaved={onSaved} onCancel={() => void navigate(back)} />
        ) : (
          <>
            <EmptyState text={t.notFound} />
            <Link to={back}>{t.backToCluster}</Link>
          </>
        )}
      </div>
    );
  }
  return (
    <div className="page page--narrow">
      <MeetingLoader id={id}>
        {(meeting) => (
          <>
            <h1>{t.editMeetingTitle(meeting.title)}</h1>
            <MeetingForm
              owner={meeting.cluster ? { clusterId: meeting.cluster.id } : { bodyId: meeting.body!.id }}
              meeting={meeting}
              onSaved={onSaved}
              onCancel={() => void navigate(`/klynge/moeder/${meeting.id}`)}
            />
          </>
        )}
      </MeetingLoader>
    </div>
  );
}
