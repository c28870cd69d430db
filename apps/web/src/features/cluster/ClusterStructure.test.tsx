import { screen, within } from '@testing-library/react';
import { setClock } from '@sundhed/shared';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { ClusterStructure } from './ClusterStructure';
import { BODIES_ON_QUERY, type OrganisationOnDay } from './useBodiesOn';

const ref = (id: string, name: string, validFrom: string | null, validTo: string | null) => ({
  __typename: 'OrganisationRef' as const,
  id,
  name,
  validFrom,
  validTo,
});
const org = (o: Omit<OrganisationOnDay, '__typename'>): OrganisationOnDay => ({
  __typename: 'OrganisationInTime',
  ...o,
});

const before: OrganisationOnDay[] = [
  org({
    id: 'r-h',
    kind: 'REGION',
    kindLabel: 'Region',
    name: 'Region Hovedstaden',
    validFrom: null,
    validTo: '2026-12-31',
    successor: ref('r-oe', 'Region Østdanmark', '2027-01-01', null),
    predecessors: [],
  }),
  org({
    id: 'c-syd',
    kind: 'CLUSTER',
    kindLabel: 'Klynge eller sundhedsråd',
    name: 'Politisk Sundhedsklynge Syd',
    validFrom: null,
    validTo: '2026-12-31',
    successor: ref('c-raad', 'Sundhedsråd Amager og Vestegnen', '2026-01-19', null),
    predecessors: [],
  }),
];
const after: OrganisationOnDay[] = [
  org({
    id: 'r-oe',
    kind: 'REGION',
    kindLabel: 'Region',
    name: 'Region Østdanmark',
    validFrom: '2027-01-01',
    validTo: null,
    successor: null,
    predecessors: [ref('r-h', 'Region Hovedstaden', null, '2026-12-31')],
  }),
];

afterEach(() => setClock(null));

describe('ClusterStructure ("Vis pr. dato")', () => {
  it('shows the structure of the day in the address, with the successor one click away', async () => {
    setClock('2026-12-04T10:00:00Z');
    renderRoute(<ClusterStructure />, {
      path: '/klynge?dato=2026-06-01',
      pattern: '/klynge',
      mocks: [
        mocked({
          request: { query: BODIES_ON_QUERY, variables: { date: '2026-06-01' } },
          result: { data: { bodiesOn: before } },
        }),
      ],
    });
    expect(await screen.findByText('Politisk Sundhedsklynge Syd')).toBeInTheDocument();
    expect(screen.getByText('Gyldig pr. 1.6.2026')).toBeInTheDocument();
    const region = screen.getByText('Region Hovedstaden').closest('li')!;
    expect(within(region).getByText(/til og med 31\.12\.2026/)).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Region Østdanmark (vis pr. 1.1.2027)' })).toHaveAttribute(
      'href',
      '/klynge?dato=2027-01-01',
    );
    expect(screen.getByRole('textbox', { name: 'Dato' })).toHaveValue('2026-06-01');
  });

  it('after 1.1.2027 the ended region says "ophørt" and is one click back', async () => {
    setClock('2027-02-01T10:00:00Z');
    renderRoute(<ClusterStructure />, {
      path: '/klynge',
      mocks: [
        mocked({
          request: { query: BODIES_ON_QUERY, variables: { date: '2027-02-01' } },
          result: { data: { bodiesOn: after } },
        }),
      ],
    });
    expect(await screen.findByText('Region Østdanmark')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Region Hovedstaden (vis pr. 31.12.2026)' })).toBeInTheDocument();
    expect(screen.getByText(/ophørt 31\.12\.2026/)).toBeInTheDocument();
  });

  it('says so when the day in the address does not exist, and shows today', async () => {
    setClock('2026-12-04T10:00:00Z');
    renderRoute(<ClusterStructure />, {
      path: '/klynge?dato=2026-02-30',
      pattern: '/klynge',
      mocks: [
        mocked({
          request: { query: BODIES_ON_QUERY, variables: { date: '2026-12-04' } },
          result: { data: { bodiesOn: [] } },
        }),
      ],
    });
    expect(await screen.findByText('Der er ingen regioner, klynger eller fora på denne dato.')).toBeInTheDocument();
    expect(screen.getByText('Datoen "2026-02-30" findes ikke. Viser i stedet i dag.')).toBeInTheDocument();
  });
});
