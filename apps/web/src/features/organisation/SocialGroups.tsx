import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';

export const SOCIAL_GROUPS_QUERY = graphql(`
  query SocialGroups {
    socialGroups {
      group
      entries {
        id
        name
        kind
      }
    }
  }
`);

/** Region Hovedstaden's four kommunesocialgrupper side by side; the account's municipality marked in words and style. */
export function SocialGroups({ ownMunicipalityId }: { ownMunicipalityId: string | null }) {
  const { data, loading, error, refetch } = useQuery(SOCIAL_GROUPS_QUERY);
  const groups = data?.socialGroups;
  if (loading && !groups) return <LoadingStatus />;
  if (error && !groups)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!groups || groups.length === 0) return <EmptyState text={ui.organisation.socialGroupsEmpty} />;
  return (
    <div className="social-groups">
      {[...groups]
        .sort((a, b) => a.group - b.group)
        .map((group) => {
          const own = group.entries.some((entry) => entry.id === ownMunicipalityId);
          return (
            <section
              key={group.group}
              className={own ? 'social-group social-group--own' : 'social-group'}
              aria-labelledby={`social-group-${group.group}`}
            >
              <h3 id={`social-group-${group.group}`}>{ui.organisation.socialGroup(group.group)}</h3>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id} className={entry.id === ownMunicipalityId ? 'social-group__own' : undefined}>
                    {entry.id === ownMunicipalityId ? <strong>{entry.name}</strong> : entry.name}
                    {entry.kind === 'DISTRICT' && <span className="muted"> ({ui.organisation.district})</span>}
                    {entry.id === ownMunicipalityId && <span> {ui.organisation.ownMunicipality}</span>}
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
    </div>
  );
}
