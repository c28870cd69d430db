import { graphql } from '../../__generated__';
import { useQuery } from '@apollo/client/react';
import type { BodiesOnQuery } from '../../__generated__/graphql';

export type OrganisationOnDay = BodiesOnQuery['bodiesOn'][number];

export const BODIES_ON_QUERY = graphql(`
  query BodiesOn($date: Date) {
    bodiesOn(date: $date) {
      id
      kind
      kindLabel
      name
      validFrom
      validTo
      successor {
        id
        name
        validFrom
        validTo
      }
      predecessors {
        id
        name
        validFrom
        validTo
      }
    }
  }
`);

/** Regions, clusters (and sundhedsråd) and bodies that exist on the day, with the ones before and after. */
export function useBodiesOn(date: string) {
  return useQuery(BODIES_ON_QUERY, { variables: { date } });
}
