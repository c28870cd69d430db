import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { viewer } from '../../../test/fixtures';
import type { FundingFlowInput } from '../../__generated__/graphql';
import { ME_QUERY } from '../auth/useViewer';
import { FUNDING_FLOWS_QUERY, SAVE_FUNDING_FLOW_MUTATION, type FundingFlowData } from './fundingFlowQueries';
import { RegimeTimeline, type RegimePeriod } from './RegimeTimeline';

const regimes: RegimePeriod[] = [
  { fromYear: 2019, toYear: 2026, regime: 'aconto2019', label: 'Fastfrosset', description: 'A conto.', source: 'SDS' },
  {
    fromYear: 2027,
    toYear: 2028,
    regime: 'transition2027',
    label: 'Overgangsordning',
    description: 'Overgang.',
    source: 'L 214',
  },
  {
    fromYear: 2029,
    toYear: null,
    regime: 'abolished',
    label: 'Ingen medfinansiering',
    description: 'Nedlagt.',
    source: 'L 214',
  },
];

const transition: FundingFlowData = {
  __typename: 'FundingFlow',
  id: 'ff-1',
  name: 'Overgangsordning for den kommunale medfinansiering',
  payerKind: 'MUNICIPALITY',
  recipientKind: 'REGION',
  partiesLabel: 'Kommune → Region',
  validFrom: '2027-01-01',
  validTo: '2028-12-31',
  status: 'AGREED_NOT_LEGISLATED',
  statusLabel: 'Aftalt; lovgrundlag ikke bekræftet',
  known: 'Overgangsordning i 2027 og 2028.',
  amountOrRule: null,
  replacesCofinancing: true,
  publisher: 'Dataproces',
  version: 1,
  source: {
    __typename: 'Source',
    id: 's-1',
    documentKey: 'dataproces',
    title: 'Hvilken økonomisk effekt har det at afskaffe den kommunale medfinansiering?',
    section: null,
    date: null,
    url: 'https://dataproces.dk/nyheder/x',
    note: null,
  },
};
const council: FundingFlowData = {
  ...transition,
  id: 'ff-2',
  name: 'Sundhedsrådets økonomiske ramme',
  validFrom: null,
  validTo: null,
  status: 'NOT_KNOWN',
  statusLabel: 'Ikke kendt',
  replacesCofinancing: false,
};

const flows = (rows: FundingFlowData[]) =>
  mocked({ request: { query: FUNDING_FLOWS_QUERY }, result: { data: { fundingFlows: rows } } });
const me = (role: 'sundhedsstab' | 'direktoer') =>
  mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer(role) } } });

describe('RegimeTimeline (/medfinansiering)', () => {
  it('lists the flows of each period from 2027 with status and source, and says what replaces co-financing after the end', async () => {
    renderRoute(<RegimeTimeline regimes={regimes} toYear={2030} />, {
      mocks: [flows([transition, council]), me('direktoer')],
    });
    const items = await screen.findAllByText('Overgangsordning for den kommunale medfinansiering');
    expect(items).toHaveLength(1);
    const periods = screen.getAllByRole('listitem').filter((li) => li.parentElement?.tagName === 'OL');
    expect(within(periods[0]!).queryByText(/Pengestrømme i perioden/)).toBeNull();
    expect(
      within(periods[1]!).getByText(/Aftalt; lovgrundlag ikke bekræftet; Kommune → Region; 1.1.2027–31.12.2028/),
    ).toBeInTheDocument();
    expect(within(periods[1]!).getByRole('link', { name: /afskaffe den kommunale medfinansiering/ })).toHaveAttribute(
      'href',
      'https://dataproces.dk/nyheder/x',
    );
    // The open period holds the flow whose days are not known; the transition ended before it.
    expect(within(periods[2]!).getByText('Sundhedsrådets økonomiske ramme')).toBeInTheDocument();
    expect(within(periods[2]!).queryByText('Overgangsordning for den kommunale medfinansiering')).toBeNull();
    expect(screen.getByText(/^2030: Ingen kommunal medfinansiering/)).toBeInTheDocument();
    expect(screen.getByText('Sundhedsrådets økonomiske ramme (Ikke kendt)')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj pengestrøm' })).toBeNull();
  });

  it('says plainly that nothing is known when no flow runs after the end', async () => {
    renderRoute(<RegimeTimeline regimes={regimes} toYear={2029} />, { mocks: [flows([transition]), me('direktoer')] });
    expect(await screen.findByText(/^2029: Ingen kommunal medfinansiering/)).toBeInTheDocument();
    expect((await screen.findAllByText(/Hvad der afløser medfinansieringen, er ikke kendt/)).length).toBeGreaterThan(0);
  });

  it('while the flows cannot be read it says so, never that nothing is known', async () => {
    renderRoute(<RegimeTimeline regimes={regimes} toYear={2030} />, {
      mocks: [
        mocked({ request: { query: FUNDING_FLOWS_QUERY }, result: { errors: [new GraphQLError('Serverfejl')] } }),
        me('direktoer'),
      ],
    });
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    expect(screen.queryByText(/Hvad der afløser medfinansieringen, er ikke kendt/)).toBeNull();
  });

  it('the staff unit adds a flow; an API field error is shown in Danish at the field', async () => {
    const input: FundingFlowInput = {
      name: 'Ny strøm',
      payerKind: 'NOT_KNOWN',
      recipientKind: 'NOT_KNOWN',
      validFrom: null,
      validTo: null,
      status: 'NOT_KNOWN',
      known: 'Nævnt.',
      amountOrRule: null,
      replacesCofinancing: false,
      publisher: null,
      source: null,
    };
    renderRoute(<RegimeTimeline regimes={regimes} toYear={2026} />, {
      mocks: [
        flows([]),
        me('sundhedsstab'),
        mocked({
          request: { query: SAVE_FUNDING_FLOW_MUTATION, variables: { id: null, version: null, input } },
          result: {
            errors: [
              new GraphQLError('Ugyldigt input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [
                    {
                      path: 'input.source',
                      message: 'Kilde skal udfyldes: en pengestrøm skal have den kilde, der nævner den',
                    },
                  ],
                },
              }),
            ],
          },
        }),
      ],
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Tilføj pengestrøm' }));
    const form = screen.getByRole('form', { name: 'Ny pengestrøm' });
    await user.type(within(form).getByLabelText('Navn'), 'Ny strøm');
    await user.type(within(form).getByLabelText('Hvad vides'), 'Nævnt.');
    await user.click(within(form).getByRole('button', { name: 'Gem pengestrøm' }));
    expect(
      await within(form).findAllByText('Kilde skal udfyldes: en pengestrøm skal have den kilde, der nævner den'),
    ).not.toHaveLength(0);
  });
});
