import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { meetingsUi as t } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import { useDocumentTitle } from '../../shell/useDocumentTitle';
import { MeetingForm } from './MeetingForm';
import { MeetingLoader } from './MeetingLoader';

/** "/klynge/moeder/ny?klynge=<id>" and "/klynge/moeder/:id/rediger" (the secretariat); saved, to the meeting page. */
export function MeetingFormPage() {
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const onSaved = (savedId: string) => void navigate(`/klynge/moeder/${savedId}`);
  useDocumentTitle(id ? t.editMeeting : t.newMeeting);
  if (!id) {
    const clusterId = params.get('klynge');
    return (
      <div className="page page--narrow">
        <h1>{t.newMeeting}</h1>
        {clusterId ? (
          <MeetingForm clusterId={clusterId} onSaved={onSaved} onCancel={() => void navigate('/klynge')} />
        ) : (
          <>
            <EmptyState text={t.notFound} />
            <Link to="/klynge">{t.backToCluster}</Link>
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
              clusterId={meeting.cluster.id}
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
