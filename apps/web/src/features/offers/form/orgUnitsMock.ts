// The organisation the offer form's "Ansvarlig enhed" lists, answered for the form's component tests.
import { ORG_UNITS_QUERY } from '../../organisation/OrgUnitTree';
import { mocked } from '../../../../test/mocked';

export const units = mocked({
  request: { query: ORG_UNITS_QUERY },
  result: {
    data: {
      orgUnits: [
        {
          __typename: 'OrgUnit',
          id: 'ou-aer',
          name: 'Center for Ældre og Rehabilitering',
          kind: 'CENTRE',
          description: null,
          parent: null,
          source: null,
        },
      ],
    },
  },
});
