import { useQuery } from '@apollo/client/react';
import { graphql } from '../../__generated__';
import { ui } from '../../shared';
import type { WorkStatus } from '../../__generated__/graphql';

/** A unit or theme as a form's option. */
export interface Option {
  id: string;
  name: string;
}

/** The municipality's units and themes: the owner and theme choices of the list's filters and the forms. */
export const PROJECT_OPTIONS_QUERY = graphql(`
  query ProjectOptions {
    orgUnits {
      id
      name
    }
    themes {
      id
      code
      title
    }
  }
`);

/** The units and themes a project can belong to (not for a project lead: it has no access to them). */
export function useProjectOptions(skip = false): { units: Option[]; themes: Option[] } {
  const data = useQuery(PROJECT_OPTIONS_QUERY, { skip }).data;
  return {
    units: (data?.orgUnits ?? []).map((unit) => ({ id: unit.id, name: unit.name })),
    themes: (data?.themes ?? []).map((theme) => ({ id: theme.id, name: `${theme.code}: ${theme.title}` })),
  };
}

/** Every work status with its Danish label, in the catalogue's order. */
export const statusOptions = (Object.keys(ui.status) as WorkStatus[]).map((value) => ({
  value,
  label: ui.status[value],
}));
