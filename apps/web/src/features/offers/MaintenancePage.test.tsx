import { at } from '@sundhed/shared/at';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { ASSURE_OFFERS_MUTATION } from './offerMutations';
import { MaintenancePage } from './MaintenancePage';
import { OPEN_REPORTS_QUERY, REVIEW_QUEUE_QUERY, SYNONYMS_QUERY, type ReviewGroupData } from './maintenanceQueries';
import { mocked } from '../../../test/mocked';
import { setClock } from '@sundhed/shared/clock';

const group: ReviewGroupData = {
  __typename: 'ReviewGroup',
  ownerUnit: { __typename: 'OrgUnit', id: 'ou-1', name: 'Center for Sundhed' },
  offers: [
    {
      __typename: 'Offer',
      id: 'o-1',
      name: 'Gåhold',
      assuredAt: null,
      status: 'ACTIVE',
      coursesEnded: false,
      lastCourseDay: null,
      version: 4,
    },
  ],
};
const synonyms = mocked({
  request: { query: SYNONYMS_QUERY },
  result: {
    data: {
      searchSynonymGroups: [
        { __typename: 'SearchSynonymGroup' as const, terms: ['rygestop', 'kvit smøgerne'], broad: false },
      ],
      searchSynonymsVersion: 1,
    },
  },
});

describe('MaintenancePage', () => {
  it('shows the review queue by owner and confirms the chosen offers', async () => {
    const user = userEvent.setup();
    renderRoute(<MaintenancePage />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: REVIEW_QUEUE_QUERY, variables: { months: 6 } },
          result: { data: { reviewQueue: [group] } },
        }),
        mocked({ request: { query: OPEN_REPORTS_QUERY }, result: { data: { offerReports: [] } } }),
        synonyms,
        mocked({
          request: { query: ASSURE_OFFERS_MUTATION, variables: { ids: ['o-1'], versions: [4] } },
          result: {
            data: {
              assureOffers: [
                { __typename: 'Offer', id: 'o-1', assuredAt: '2024-01-01T00:00:00Z', assuredByName: 'X', version: 5 },
              ],
            },
          },
        }),
        mocked({
          request: { query: REVIEW_QUEUE_QUERY, variables: { months: 6 } },
          result: { data: { reviewQueue: [] } },
        }),
      ],
    });
    expect(await screen.findByRole('group', { name: 'Center for Sundhed' })).toBeInTheDocument();
    expect(await screen.findByText('Der er ingen åbne fejlrapporter.')).toBeInTheDocument();
    expect(await screen.findByDisplayValue('rygestop, kvit smøgerne')).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: /Gåhold/ }));
    await user.click(screen.getByRole('button', { name: 'Bekræft valgte' }));
    expect(await screen.findByText('1 tilbud er bekræftet.')).toBeInTheDocument();
    expect(await screen.findByText('Alle tilbud er bekræftet i perioden.')).toBeInTheDocument();
  });

  it('says why each offer is listed: not confirmed since a date, or all courses ended though confirmed recently', async () => {
    setClock('2026-12-05T09:00:00.000Z');
    try {
      const offer = at(group.offers, 0);
      const queue: ReviewGroupData = {
        ...group,
        offers: [
          { ...offer, id: 'o-old', name: 'Gåhold', assuredAt: '2026-03-01T10:00:00Z' },
          {
            ...offer,
            id: 'o-ryg',
            name: 'Rygestopkursus',
            assuredAt: '2026-10-05T10:00:00Z',
            coursesEnded: true,
            lastCourseDay: '2026-11-30',
          },
          { ...offer, id: 'o-new', name: 'Faldforebyggelse' },
        ],
      };
      renderRoute(<MaintenancePage />, {
        path: '/tilbud/vedligehold',
        mocks: [
          mocked({
            request: { query: REVIEW_QUEUE_QUERY, variables: { months: 6 } },
            result: { data: { reviewQueue: [queue] } },
          }),
          mocked({ request: { query: OPEN_REPORTS_QUERY }, result: { data: { offerReports: [] } } }),
          synonyms,
        ],
      });
      expect(
        await screen.findByRole('checkbox', { name: 'Gåhold (Ikke bekræftet siden 1.3.2026)' }),
      ).toBeInTheDocument();
      expect(
        screen.getByRole('checkbox', {
          name: 'Rygestopkursus (Alle hold er afsluttet, det sidste 30.11.2026 · bekræftet 5.10.2026)',
        }),
      ).toBeInTheDocument();
      expect(screen.getByRole('checkbox', { name: 'Faldforebyggelse (Aldrig bekræftet)' })).toBeInTheDocument();
      // The heading and the period no longer claim that every entry is unconfirmed.
      expect(screen.getByRole('heading', { name: 'Skal gennemgås' })).toBeInTheDocument();
      expect(screen.getByRole('combobox', { name: 'Ikke bekræftet i' })).toHaveAccessibleDescription(
        /^Listen viser også tilbud, hvor alle hold er afsluttet, uanset hvornår de er bekræftet\./,
      );
    } finally {
      setClock(null);
    }
  });

  it('shows a Danish error when the queue cannot load', async () => {
    renderRoute(<MaintenancePage />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({ request: { query: REVIEW_QUEUE_QUERY, variables: { months: 6 } }, error: new Error('down') }),
        mocked({ request: { query: OPEN_REPORTS_QUERY }, result: { data: { offerReports: [] } } }),
        synonyms,
      ],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Data kunne ikke hentes');
  });

  it('refuses to confirm an offer changed since the list was loaded, naming it', async () => {
    const user = userEvent.setup();
    const changed = { ...group, offers: [{ ...at(group.offers, 0), version: 5 }] };
    renderRoute(<MaintenancePage />, {
      path: '/tilbud/vedligehold',
      mocks: [
        mocked({
          request: { query: REVIEW_QUEUE_QUERY, variables: { months: 6 } },
          result: { data: { reviewQueue: [group] } },
        }),
        mocked({ request: { query: OPEN_REPORTS_QUERY }, result: { data: { offerReports: [] } } }),
        synonyms,
        mocked({
          request: { query: ASSURE_OFFERS_MUTATION, variables: { ids: ['o-1'], versions: [4] } },
          result: {
            errors: [
              new GraphQLError(
                'Et eller flere tilbud er ændret af en anden siden du åbnede listen. Intet er bekræftet; se listen igen.',
                {
                  extensions: { code: 'CONFLICT', kind: 'offers', stale: [{ id: 'o-1', currentVersion: 5 }] },
                },
              ),
            ],
          },
        }),
        mocked({
          request: { query: REVIEW_QUEUE_QUERY, variables: { months: 6 } },
          result: { data: { reviewQueue: [changed] } },
        }),
      ],
    });
    await user.click(await screen.findByRole('checkbox', { name: /Gåhold/ }));
    await user.click(screen.getByRole('button', { name: 'Bekræft valgte' }));
    expect(
      await screen.findByText(
        'Et eller flere tilbud er ændret af en anden siden du åbnede listen. Intet er bekræftet; se listen igen. (Gåhold)',
      ),
    ).toBeInTheDocument();
  });
});
