import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import { ui } from '../../shared';
import { EmptyState } from '../../components/EmptyState';
import { ErrorPanel } from '../../components/ErrorPanel';
import { LoadingStatus } from '../../components/LoadingStatus';
import { SourceButton } from '../../components/SourceButton';
import type { OrgUnitsQuery } from '../../__generated__/graphql';

type OrgUnitRow = OrgUnitsQuery['orgUnits'][number];

export const ORG_UNITS_QUERY = graphql(`
  query OrgUnits {
    orgUnits {
      id
      name
      kind
      description
      parent {
        id
      }
      source {
        ...SourceFields
      }
    }
  }
`);

function Branch({ units, parentId }: { units: OrgUnitRow[]; parentId: string | null }) {
  const here = units.filter((unit) => (unit.parent?.id ?? null) === parentId);
  if (here.length === 0) return null;
  return (
    <ul className={parentId ? 'tree__children' : 'tree'}>
      {here.map((unit) => (
        <li key={unit.id} className="tree__item">
          <span className="tree__name">{unit.name}</span> <span className="role-tag">{ui.orgUnitKind[unit.kind]}</span>{' '}
          <SourceButton source={unit.source} label={unit.name} />
          {unit.description && <span className="tree__description">{unit.description}</span>}
          <Branch units={units} parentId={unit.id} />
        </li>
      ))}
    </ul>
  );
}

/** The municipality's units as a tree built from each unit's parent (units whose parent is unknown start a branch). */
export function OrgUnitTree() {
  const { data, loading, error, refetch } = useQuery(ORG_UNITS_QUERY);
  const units = data?.orgUnits;
  if (loading && !units) return <LoadingStatus />;
  if (error && !units)
    return <ErrorPanel error={error} retrying={loading} onRetry={() => void refetch().catch(() => undefined)} />;
  if (!units || units.length === 0) return <EmptyState text={ui.organisation.unitsEmpty} />;
  const ids = new Set(units.map((unit) => unit.id));
  // A parent outside the list (another municipality's unit) must not hide its children.
  const rooted = units.map((unit) => (unit.parent && !ids.has(unit.parent.id) ? { ...unit, parent: null } : unit));
  return <Branch units={rooted} parentId={null} />;
}
