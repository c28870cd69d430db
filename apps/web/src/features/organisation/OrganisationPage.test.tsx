import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';
import { healthForum, viewer } from '../../../test/fixtures';
import { ME_QUERY } from '../auth/useViewer';
import { BODIES_QUERY } from './BodiesSection';
import { OrganisationPage } from './OrganisationPage';
import { ORG_UNITS_QUERY } from './OrgUnitTree';
import { SOCIAL_GROUPS_QUERY } from './SocialGroups';
import { mocked } from '../../../test/mocked';
import type { MunicipalityKind } from '../../__generated__/graphql';

const municipality = (id: string, name: string, kind: MunicipalityKind = 'MUNICIPALITY') => ({
  __typename: 'Municipality' as const,
  id,
  name,
  kind,
});

const mocks = [
  mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('direktoer') } } }),
  mocked({
    request: { query: ORG_UNITS_QUERY },
    result: {
      data: {
        orgUnits: [
          {
            __typename: 'OrgUnit',
            id: 'ou-dir',
            name: 'Direktøren for Velfærd og Undervisning',
            kind: 'DIRECTORATE',
            description: null,
            parent: null,
            source: null,
          },
          {
            __typename: 'OrgUnit',
            id: 'ou-stab',
            name: 'Sundhedsstaben',
            kind: 'STAFF_UNIT',
            description: 'Tidligere Stabsenhed for Sundhedsudvikling',
            parent: { __typename: 'OrgUnit', id: 'ou-dir' },
            source: null,
          },
        ],
      },
    },
  }),
  mocked({ request: { query: BODIES_QUERY }, result: { data: { bodies: [healthForum] } } }),
  mocked({
    request: { query: SOCIAL_GROUPS_QUERY },
    result: {
      data: {
        socialGroups: [
          { __typename: 'SocialGroup', group: 1, entries: [municipality('m-gentofte', 'Gentofte')] },
          {
            __typename: 'SocialGroup',
            group: 4,
            entries: [
              municipality('m-albertslund', 'Albertslund'),
              municipality('m-ishoj', 'Ishøj Kommune'),
              municipality('m-bisp', 'Bispebjerg', 'DISTRICT'),
            ],
          },
        ],
      },
    },
  }),
];

describe('OrganisationPage', () => {
  it('shows the unit tree, bodies and the social groups with the own municipality marked in words', async () => {
    renderRoute(<OrganisationPage />, { path: '/organisation', mocks });
    expect(await screen.findByText('Sundhedsstaben', { selector: '.tree__name' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Sundhedsforum' })).toBeInTheDocument();
    const group4 = await screen.findByRole('region', { name: 'Gruppe 4' });
    expect(within(group4).getByText('(din kommune)')).toBeInTheDocument();
    expect(within(group4).getByText('(bydel)')).toBeInTheDocument();
  });
});
