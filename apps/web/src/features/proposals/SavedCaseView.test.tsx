import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import type { BusinessCaseAssumptionsInput } from '../../__generated__/graphql';
import { templateStart } from './AssumptionsForm';
import { SavedCaseView } from './SavedCaseView';
import { PRICES_QUERY, SAVE_CASE_VERSION, type SavedCaseData } from './proposalQueries';

const assumptions: BusinessCaseAssumptionsInput = {
  ...templateStart('prevention'),
  participants: 12,
  grossSuccessRatePercent: 10,
  costs: [{ label: 'Sundhedskoordinator', bearer: 'KOMMUNE', amountKr: 150000 }],
  gains: [{ label: 'Færre indlæggelser', bearer: 'REGION', amountKr: 20000 }],
};

const savedCase: SavedCaseData = {
  __typename: 'SavedBusinessCase',
  id: 'bc-1',
  name: 'Sundhedsperspektiv i hjemløseboligerne',
  template: 'prevention',
  templateLabel: 'Forebyggelse (Skandia-modellen)',
  paybackText: null,
  rerunReason: null,
  rerunAt: null,
  version: 2,
  result: null,
  previousResult: null,
  realised: null,
  versions: [
    {
      __typename: 'BusinessCaseVersion',
      id: 'v-2',
      number: 2,
      reason: 'Første skøn',
      userName: 'Demo Sundhedskonsulent',
      createdAt: '2026-12-05T09:00:00.000Z',
      assumptions,
    },
  ],
};

const prices = mocked({
  request: { query: PRICES_QUERY },
  result: { data: { prices: [], priceIndexes: [] } },
  maxUsageCount: 5,
});
const mine = { ...assumptions, participants: 15 };
const saveAt = (version: number) => ({ id: 'bc-1', version, input: mine, reason: 'Flere deltagere' });

describe('SavedCaseView: the versions of the assumptions', () => {
  it('names who saved each version; the seeded first version, saved by nobody, says it came from the documents', async () => {
    const seeded = {
      ...savedCase,
      versions: [
        ...savedCase.versions,
        {
          __typename: 'BusinessCaseVersion' as const,
          id: 'v-1',
          number: 1,
          reason: 'Dokumenteret økonomi fra strategien',
          userName: null,
          createdAt: '2026-12-01T09:00:00.000Z',
          assumptions,
        },
      ],
    };
    renderRoute(<SavedCaseView c={seeded} canEdit={false} headingId="case-0" />, { mocks: [prices] });
    const versions = screen.getByRole('table', { name: 'Versioner af antagelserne' });
    expect(within(versions).getByRole('row', { name: /^2 Første skøn/ })).toHaveTextContent('Demo Sundhedskonsulent');
    expect(within(versions).getByRole('row', { name: /^1 Dokumenteret økonomi/ })).toHaveTextContent(
      'Indlæst fra kommunens dokumenter',
    );
  });
});

describe('SavedCaseView: a new version of the assumptions', () => {
  it('on CONFLICT keeps what the user typed and saves on top of the stored version when asked again', async () => {
    const user = userEvent.setup();
    const conflict = new GraphQLError(
      'Business casen er ændret af en anden siden du åbnede den. Dine ændringer er ikke gemt endnu.',
      { extensions: { code: 'CONFLICT', currentVersion: 3, current: { name: savedCase.name, version: 3 } } },
    );
    const saved = jest.fn(() => ({
      data: { saveBusinessCaseVersion: { __typename: 'SavedBusinessCase' as const, id: 'bc-1', version: 4 } },
    }));
    renderRoute(<SavedCaseView c={savedCase} canEdit headingId="case-0" />, {
      mocks: [
        prices,
        mocked({ request: { query: SAVE_CASE_VERSION, variables: saveAt(2) }, result: { errors: [conflict] } }),
        mocked({ request: { query: SAVE_CASE_VERSION, variables: saveAt(3) }, result: saved }),
      ],
    });
    await user.click(screen.getByText('Ny version af antagelserne'));
    const participants = screen.getByLabelText(/^Deltagere pr\. hold/);
    await user.clear(participants);
    await user.type(participants, '15');
    await user.type(screen.getByLabelText(/^Begrundelse for ændringen/), 'Flere deltagere');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Business casen er ændret af en anden siden du åbnede den');
    expect(alert).toHaveTextContent('tryk Gem ny version igen');
    expect(participants).toHaveValue('15');
    expect(screen.getByLabelText(/^Begrundelse for ændringen/)).toHaveValue('Flere deltagere');
    await user.click(screen.getByRole('button', { name: 'Gem ny version' }));
    await waitFor(() => expect(saved).toHaveBeenCalled());
    await waitFor(() => expect(within(document.body).queryByRole('alert')).not.toBeInTheDocument());
  });
});
