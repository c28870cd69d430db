import { screen, within } from '@testing-library/react';
import { renderRoute } from '../../../test/renderRoute';
import { breastfeedingGrant, meetingSource } from '../../../test/fixtures';
import { ClusterPage } from './ClusterPage';
import { CLUSTERS_QUERY, type ClusterData } from './useClusters';
import { mocked } from '../../../test/mocked';
import { BODIES_ON_QUERY } from './useBodiesOn';

// The date view (ClusterStructure.test.tsx tests it) answers empty here.
const noStructure = mocked({
  request: { query: BODIES_ON_QUERY, variables: () => true },
  result: { data: { bodiesOn: [] } },
});

const cluster: ClusterData = {
  __typename: 'Cluster',
  id: 'c-syd',
  name: 'Politisk Sundhedsklynge Syd',
  kind: 'POLITICAL',
  region: { __typename: 'Region', id: 'r-h', name: 'Region Hovedstaden' },
  members: [
    {
      __typename: 'ClusterMember',
      id: 'cmem-1',
      kind: 'MUNICIPALITY',
      name: 'Ishøj Kommune',
      role: 'CO_CHAIR',
      representedBy: 'borgmester',
      source: meetingSource,
    },
    {
      __typename: 'ClusterMember',
      id: 'cmem-2',
      kind: 'HOSPITAL',
      name: 'Amager og Hvidovre Hospital',
      role: 'MEMBER',
      representedBy: null,
      source: null,
    },
  ],
  meetings: [
    {
      __typename: 'ClusterMeeting',
      id: 'cm-1',
      date: '2023-04-26',
      title: 'Møde i Politisk Sundhedsklynge Syd',
      place: null,
      agendaItems: [
        {
          __typename: 'AgendaItem',
          id: 'ai-4',
          number: 4,
          title: 'Klyngemidler 2023',
          recommendation: 'Det indstilles at …',
          decision: 'Godkendt.',
          source: meetingSource,
        },
      ],
      source: meetingSource,
    },
  ],
  grants: [breastfeedingGrant],
  source: meetingSource,
};

describe('ClusterPage', () => {
  it('shows members with co-chairs marked, meetings with decisions and grants with history', async () => {
    renderRoute(<ClusterPage />, {
      path: '/klynge',
      mocks: [mocked({ request: { query: CLUSTERS_QUERY }, result: { data: { clusters: [cluster] } } }), noStructure],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Politisk Sundhedsklynge Syd' })).toBeInTheDocument();
    const members = screen.getByRole('table', { name: 'Medlemmer af Politisk Sundhedsklynge Syd' });
    expect(
      within(within(members).getByRole('row', { name: /Ishøj Kommune/ })).getByText('Medformand'),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '26.4.2023: Møde i Politisk Sundhedsklynge Syd' })).toBeInTheDocument();
    expect(screen.getByText('Godkendt.')).toBeInTheDocument();
    expect(screen.getByText(/500\.000 kr\. → 1\.000\.000 kr\., besluttet 26\.4\.2023/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent klyngemidlerne som Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/cluster/grants.xlsx',
    );
  });

  it("offers the one Excel file of every cluster's grants once, and not when no cluster has grants", async () => {
    const other = { ...cluster, id: 'c-other', name: 'Sundhedsklynge Nord' };
    const { unmount } = renderRoute(<ClusterPage />, {
      path: '/klynge',
      mocks: [
        mocked({ request: { query: CLUSTERS_QUERY }, result: { data: { clusters: [cluster, other] } } }),
        noStructure,
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Sundhedsklynge Nord' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Hent klyngemidlerne som Excel (.xlsx)' })).toHaveLength(1);
    unmount();
    renderRoute(<ClusterPage />, {
      path: '/klynge',
      mocks: [
        mocked({ request: { query: CLUSTERS_QUERY }, result: { data: { clusters: [{ ...cluster, grants: [] }] } } }),
        noStructure,
      ],
    });
    expect(await screen.findByRole('heading', { level: 2, name: 'Politisk Sundhedsklynge Syd' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Hent klyngemidlerne som Excel (.xlsx)' })).not.toBeInTheDocument();
  });

  it('says so when the account belongs to no cluster', async () => {
    renderRoute(<ClusterPage />, {
      path: '/klynge',
      mocks: [mocked({ request: { query: CLUSTERS_QUERY }, result: { data: { clusters: [] } } }), noStructure],
    });
    expect(await screen.findByText('Du er ikke tilknyttet nogen klynge.')).toBeInTheDocument();
  });
});
