import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { ClusterMeetings } from './ClusterMeetings';
import { ClusterMembers } from './ClusterMembers';
import { ClusterStructure } from './ClusterStructure';
import { GrantList } from './GrantList';
import { NewMeetingLink } from './meetings/NewMeetingLink';
import { useClusters } from './useClusters';

/** "/klynge": each cluster with members (co-chairs marked), meetings with decisions, and grants with history (also as Excel). */
export function ClusterPage() {
  useDocumentTitle(ui.cluster.title);
  const { data, loading, error, refetch } = useClusters();
  const clusters = data?.clusters;
  return (
    <div className="page">
      <h1>{ui.cluster.title}</h1>
      <ClusterStructure />
      {loading && !clusters ? (
        <LoadingStatus />
      ) : error && !clusters ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !clusters || clusters.length === 0 ? (
        <EmptyState text={ui.cluster.empty} />
      ) : (
        <>
          {clusters.some((c) => c.grants.length > 0) && (
            // One file with every cluster's grants: offered once, not under each cluster.
            <p className="no-print">
              <a className="button button--secondary" href="/api/cluster/grants.xlsx" download>
                {ui.cluster.grantsExcel}
              </a>
            </p>
          )}
          {clusters.map((cluster) => (
            <section key={cluster.id} className="cluster" aria-labelledby={`cluster-${cluster.id}`}>
              <h2 id={`cluster-${cluster.id}`}>{cluster.name}</h2>
              <p className="lead">
                {ui.clusterKind[cluster.kind]} · {ui.cluster.region}: {cluster.region.name}{' '}
                <SourceButton source={cluster.source} label={cluster.name} />
              </p>
              <div className="panel">
                <h3>{ui.cluster.membersTitle}</h3>
                <ClusterMembers cluster={cluster} />
              </div>
              <div className="panel">
                <h3>{ui.cluster.meetingsTitle}</h3>
                <NewMeetingLink clusterId={cluster.id} clusterName={cluster.name} />
                <ClusterMeetings meetings={cluster.meetings} />
              </div>
              <div className="panel">
                <h3>{ui.cluster.grantsTitle}</h3>
                {cluster.grants.length === 0 ? (
                  <EmptyState text={ui.cluster.grantsEmpty} />
                ) : (
                  <GrantList grants={cluster.grants} headingLevel={4} />
                )}
              </div>
            </section>
          ))}
        </>
      )}
    </div>
  );
}
