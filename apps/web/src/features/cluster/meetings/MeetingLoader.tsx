import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { meetingsUi as t } from '../../../shared';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorPanel } from '../../../components/ErrorPanel';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { CLUSTER_MEETING_QUERY, type MeetingData } from './meetingQueries';

/** Loads a meeting: loading, error and "not found" (a draft for a reader who is not the secretariat) states. */
export function MeetingLoader({ id, children }: { id: string; children: (meeting: MeetingData) => ReactNode }) {
  const { data, loading, error, refetch } = useQuery(CLUSTER_MEETING_QUERY, { variables: { id } });
  const stored = data?.clusterMeeting;
  const meeting = stored ?? null;
  if (loading && !stored) return <LoadingStatus />;
  if (error && !stored)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!meeting)
    return (
      <>
        <EmptyState text={t.notFound} />
        <p>
          <Link to="/klynge">{t.backToCluster}</Link>
        </p>
      </>
    );
  return <>{children(meeting)}</>;
}
