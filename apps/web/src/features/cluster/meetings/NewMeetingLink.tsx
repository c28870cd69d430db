import { Link } from 'react-router';
import { meetingsUi as t } from '../../../shared';
import { useViewer } from '../../auth/useViewer';

/** "Nyt møde" on the cluster page, for the secretariat only (the others read published meetings). */
export function NewMeetingLink({ clusterId, clusterName }: { clusterId: string; clusterName: string }) {
  if (useViewer().data?.me?.role !== 'klyngesekretariat') return null;
  return (
    <p>
      <Link className="button" to={`/klynge/moeder/ny?klynge=${encodeURIComponent(clusterId)}`}>
        {t.newMeeting}
        <span className="visually-hidden"> ({clusterName})</span>
      </Link>
    </p>
  );
}
