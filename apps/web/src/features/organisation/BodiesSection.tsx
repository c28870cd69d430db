import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { BodyList } from './BodyList';

export const BODIES_QUERY = graphql(`
  query Bodies {
    bodies {
      ...BodyFields
    }
  }
`);

/** The bodies of the municipality, its region and its clusters, with members. */
export function BodiesSection() {
  const { data, loading, error, refetch } = useQuery(BODIES_QUERY);
  const bodies = data?.bodies;
  return (
    <section className="panel" aria-labelledby="org-bodies-title">
      <h2 id="org-bodies-title">{ui.organisation.bodiesTitle}</h2>
      {loading && !bodies ? (
        <LoadingStatus />
      ) : error && !bodies ? (
        <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />
      ) : !bodies || bodies.length === 0 ? (
        <EmptyState text={ui.overview.bodiesEmpty} />
      ) : (
        <BodyList bodies={bodies} />
      )}
    </section>
  );
}
