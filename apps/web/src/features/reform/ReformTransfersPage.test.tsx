import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { ReformTransfersPage } from './ReformTransfersPage';
import { MARK_REFORM_TRANSFER_MUTATION, REFORM_TRANSFERS_QUERY, type ReformCandidateData } from './reformQueries';

const education: ReformCandidateData = {
  __typename: 'ReformCandidate',
  kind: 'OFFER',
  kindLabel: 'Tilbud',
  id: 'o-pu',
  name: 'Patientuddannelse ved kronisk sygdom',
  ownerName: 'Center for Ældre og Rehabilitering',
  transfer: null,
};
const marked: ReformCandidateData = {
  ...education,
  transfer: {
    __typename: 'ReformTransfer',
    id: 'rt-1',
    task: 'PATIENT_PREVENTION',
    taskLabel: 'Patientrettet forebyggelse',
    moves: true,
    newOwner: 'Region Østdanmark',
    runsForRegion: true,
    effectiveDate: '2027-01-01',
    note: null,
    version: 1,
    source: null,
  },
};
const list = (rows: ReformCandidateData[]) =>
  mocked({ request: { query: REFORM_TRANSFERS_QUERY }, result: { data: { reformTransfers: rows } } });

describe('ReformTransfersPage ("Opgaver der flytter til regionen")', () => {
  it('lists the offers to review, unmarked until the staff unit marks them', async () => {
    renderRoute(<ReformTransfersPage />, { path: '/tilbud/opgaveflyt', mocks: [list([education])] });
    const row = await screen.findByRole('row', { name: /Patientuddannelse ved kronisk sygdom/ });
    expect(within(row).getByText('Ikke gennemgået')).toBeInTheDocument();
  });

  it('shows a mark with the new owner, the day and that the municipality runs it for the region', async () => {
    renderRoute(<ReformTransfersPage />, { path: '/tilbud/opgaveflyt', mocks: [list([marked])] });
    expect(
      await screen.findByText(
        'Patientrettet forebyggelse: Flytter til Region Østdanmark fra 1.1.2027; kommunen driver den for regionen',
      ),
    ).toBeInTheDocument();
  });

  it('says so when there is nothing to review', async () => {
    renderRoute(<ReformTransfersPage />, { path: '/tilbud/opgaveflyt', mocks: [list([])] });
    expect(await screen.findByText('Der er ingen tilbud eller projekter at gennemgå.')).toBeInTheDocument();
  });

  it('shows the API error with a retry', async () => {
    renderRoute(<ReformTransfersPage />, {
      path: '/tilbud/opgaveflyt',
      mocks: [{ request: { query: REFORM_TRANSFERS_QUERY }, error: new Error('Netværksfejl') }],
    });
    expect(await screen.findByRole('button', { name: /Prøv igen/ })).toBeInTheDocument();
  });

  it('marks an offer and shows the API field message when the owner is missing', async () => {
    const user = userEvent.setup();
    renderRoute(<ReformTransfersPage />, {
      path: '/tilbud/opgaveflyt',
      mocks: [
        list([education]),
        mocked({
          request: { query: MARK_REFORM_TRANSFER_MUTATION, variables: () => true },
          result: {
            errors: [
              new GraphQLError('Ugyldigt input', {
                extensions: {
                  code: 'BAD_USER_INPUT',
                  fields: [{ path: 'input.newOwner', message: 'Ny ejer skal udfyldes, når opgaven flytter' }],
                },
              }),
            ],
          },
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Markér Patientuddannelse ved kronisk sygdom' }));
    await user.click(screen.getByRole('button', { name: 'Gem markering' }));
    expect(await screen.findAllByText('Ny ejer skal udfyldes, når opgaven flytter')).not.toHaveLength(0);
    expect(screen.getByRole('textbox', { name: /Ny ejer/ })).toHaveAttribute('aria-invalid', 'true');
  });
});
