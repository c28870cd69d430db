import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ApolloClient } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { viewer } from '../../../../test/fixtures';
import { mocked } from '../../../../test/mocked';
import { ME_QUERY } from '../../auth/useViewer';
import type { SendOfferToCitizenMutationVariables } from '../../../__generated__/graphql';
import { SEND_OFFER_MUTATION } from '../offerMutations';
import { rygestop } from '../offerFixtures';
import { OFFER_QUERY } from '../offerQueries';
import { OfferPage } from '../OfferPage';
import { PrintSheetPage } from '../PrintSheetPage';
import { offlineOffers } from './offlineFixtures';
import { catalogueOwner, writeCatalogue } from './offlineStore';
import { SendQueuePanel } from './SendQueuePanel';
import { SendQueueProvider } from './SendQueueProvider';

const worker = viewer('frontmedarbejder');
const me = mocked({ request: { query: ME_QUERY }, result: { data: { me: worker } } });
const noNetwork = mocked({
  request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
  error: new TypeError('Failed to fetch'),
});
const savedAt = '2026-11-22T13:05:00.000Z'; // 14.05 in Copenhagen
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** The idempotency key of every try, in order (ADR 063). */
let keys: string[] = [];
const sendTo = (email: string) => ({
  query: SEND_OFFER_MUTATION,
  variables: (v: SendOfferToCitizenMutationVariables) => {
    const key = String(v.idempotencyKey ?? '');
    const matches = v.offerId === 'o-ryg' && v.email === email && v.language === null && UUID.test(key);
    if (matches) keys.push(key);
    return matches;
  },
});
let apollo: ApolloClient | null = null;
let online = false;

beforeEach(() => {
  keys = [];
  online = false;
  jest.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
  writeCatalogue({ owner: catalogueOwner(worker), savedAt, offers: offlineOffers, synonymGroups: [] });
});
afterEach(() => {
  localStorage.clear();
  jest.restoreAllMocks();
});

function goOnline() {
  online = true;
  act(() => void window.dispatchEvent(new Event('online')));
}

/** Stands for the sign-in page: signing in writes the account into the cache, as useSignIn does. */
function SignInAgain() {
  const client = useApolloClient();
  apollo = client;
  return (
    <button type="button" onClick={() => client.cache.writeQuery({ query: ME_QUERY, data: { me: worker } })}>
      Log ind (test)
    </button>
  );
}

/** The offer page inside the app's queue, with the queue's panel as the shell shows it. */
function renderOffline(mocks: MockedProviderProps['mocks'], path = '/tilbud/o-ryg') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <SendQueueProvider>
          <SendQueuePanel />
          <SignInAgain />
          <Routes>
            <Route path="/tilbud/:id" element={<OfferPage />} />
            <Route path="/tilbud/:id/udskrift" element={<PrintSheetPage />} />
          </Routes>
        </SendQueueProvider>
      </MemoryRouter>
    </MockedProvider>,
  );
}

async function queueSend(email: string) {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: 'Send til borger' }));
  await user.type(screen.getByLabelText('Borgerens e-mail'), email);
  await user.click(screen.getByRole('button', { name: 'Send' }));
  return user;
}

describe('an offer without a network (ADR 053)', () => {
  it('opens from the copy with the professional contact and says when the copy was fetched', async () => {
    renderOffline([me, noNetwork]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(
      screen.getByText('Du er offline. Tilbuddet vises fra kopien på denne enhed. Hentet 22.11.2026 kl. 14.05.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '43 57 70 10' })).toHaveAttribute('href', 'tel:43577010');
    expect(screen.getByText('Spørg til tidligere stopforsøg.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Udskriv til borgeren' })).toHaveAttribute(
      'href',
      '/tilbud/o-ryg/udskrift',
    );
    // What needs the network is not offered: languages, error reports, the send count.
    expect(screen.queryByRole('button', { name: 'Rapportér fejl' })).not.toBeInTheDocument();
    expect(screen.queryByText(/Sendt til borgere/)).not.toBeInTheDocument();
  });

  it('fetches the offer from the server when the network returns, and no longer says it is offline', async () => {
    renderOffline([
      me,
      noNetwork,
      mocked({ request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } }, result: { data: { offer: rygestop } } }),
    ]);
    expect(await screen.findByText(/Du er offline\. Tilbuddet vises fra kopien/)).toBeInTheDocument();
    goOnline();
    // The send count comes only with the server's answer.
    expect(await screen.findByText(/Sendt til borgere/)).toBeInTheDocument();
    expect(screen.queryByText(/Du er offline/)).not.toBeInTheDocument();
  });

  it('fetches the offer again when the network returns while the request made offline is still on its way', async () => {
    renderOffline([
      me,
      // The failed request answers only after the network is back.
      mocked({
        request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
        error: new TypeError('Failed to fetch'),
        delay: 200,
      }),
      mocked({ request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } }, result: { data: { offer: rygestop } } }),
    ]);
    expect(await screen.findByText(/Du er offline\. Tilbuddet vises fra kopien/)).toBeInTheDocument();
    goOnline();
    expect(await screen.findByText(/Sendt til borgere/, undefined, { timeout: 3000 })).toBeInTheDocument();
    expect(screen.queryByText(/Du er offline/)).not.toBeInTheDocument();
  });

  it('prints the sheet from the copy, with the contact and the QR code to the public page', async () => {
    renderOffline(
      [
        me,
        mocked({
          request: { query: OFFER_QUERY, variables: { id: 'o-ryg' } },
          error: new TypeError('Failed to fetch'),
        }),
      ],
      '/tilbud/o-ryg/udskrift',
    );
    const sheet = await screen.findByRole('article');
    expect(within(sheet).getByRole('heading', { level: 1, name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(within(sheet).getByText('43 57 75 75')).toBeInTheDocument();
    expect(
      within(sheet).getByRole('img', { name: /sundhed\.example\.dk\/offentligt\/tilbud\/o-ryg/ }),
    ).toBeInTheDocument();
    expect(screen.getByText(/Hentet 22\.11\.2026 kl\. 14\.05/)).toBeInTheDocument();
  });

  it('queues "Send til borger", says the queue lives in this tab only, and sends it when the network returns', async () => {
    renderOffline([
      me,
      noNetwork,
      mocked({
        request: sendTo('borger@example.dk'),
        result: {
          data: { sendOfferToCitizen: { __typename: 'SendOfferResult', sent: true, via: 'outbox', sendCount: 3 } },
        },
      }),
    ]);
    await queueSend('borger@example.dk');
    expect(screen.getByText('Lagt i kø')).toBeInTheDocument();
    const panel = screen.getByRole('region', { name: '1 udsendelse venter' });
    expect(within(panel).getByText(/Køen findes kun i denne fane/)).toBeInTheDocument();
    expect(within(panel).getByText('Rygestopkursus: e-mail til borger@example.dk')).toBeInTheDocument();
    expect(within(panel).getByText('Sendes automatisk, når der er forbindelse igen.')).toBeInTheDocument();
    // The form keeps nothing about the citizen.
    expect(screen.queryByDisplayValue('borger@example.dk')).not.toBeInTheDocument();

    goOnline();
    expect(await screen.findByText('1 udsendelse fra køen er sendt.')).toBeInTheDocument();
    expect(screen.queryByText(/borger@example\.dk/)).not.toBeInTheDocument();
    // The form no longer says "Lagt i kø" once its send has left the queue.
    expect(screen.queryByText('Lagt i kø')).not.toBeInTheDocument();
    expect(screen.queryByText(/Udsendelsen sendes, når der er forbindelse igen/)).not.toBeInTheDocument();
  });

  it('queues a send whose answer was lost with the key of that try, so the server can send it once (ADR 063)', async () => {
    online = true;
    renderOffline([
      me,
      noNetwork,
      // The server may have sent: the answer did not arrive.
      mocked({ request: sendTo('borger@example.dk'), error: new TypeError('Failed to fetch') }),
      mocked({
        request: sendTo('borger@example.dk'),
        result: {
          data: { sendOfferToCitizen: { __typename: 'SendOfferResult', sent: true, via: 'outbox', sendCount: 3 } },
        },
      }),
    ]);
    const mutate = jest.spyOn(apollo!, 'mutate');
    await queueSend('borger@example.dk');
    expect(await screen.findByText('1 udsendelse fra køen er sendt.')).toBeInTheDocument();
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
    // Neither try lets Apollo keep the address (its variables) or the result in its cache.
    expect(mutate.mock.calls.map(([options]) => options.fetchPolicy)).toEqual(['no-cache', 'no-cache']);
  });

  it('says why a send cannot go, keeps it until the worker clears the queue, and "Ryd kø" forgets it', async () => {
    renderOffline([
      me,
      noNetwork,
      mocked({
        request: sendTo('borger@example.dk'),
        result: {
          errors: [{ message: 'Tilbuddet findes ikke længere.', extensions: { code: 'NOT_FOUND' } }],
        },
      }),
    ]);
    const user = await queueSend('borger@example.dk');
    goOnline();
    expect(await screen.findByText(/Kan ikke sendes: Tilbuddet findes ikke længere\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '1 udsendelse venter' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Ryd kø' }));
    expect(screen.queryByRole('region', { name: /venter/ })).not.toBeInTheDocument();
    expect(screen.queryByText(/borger@example\.dk/)).not.toBeInTheDocument();
  });

  it('waits when the session has ended, and sends once the worker has signed in again', async () => {
    renderOffline([
      me,
      noNetwork,
      mocked({
        request: sendTo('borger@example.dk'),
        result: { errors: [{ message: 'Du er ikke logget ind.', extensions: { code: 'UNAUTHENTICATED' } }] },
      }),
      mocked({
        request: sendTo('borger@example.dk'),
        result: {
          data: { sendOfferToCitizen: { __typename: 'SendOfferResult', sent: true, via: 'outbox', sendCount: 3 } },
        },
      }),
    ]);
    const user = await queueSend('borger@example.dk');
    goOnline();
    expect(
      await screen.findByText('Log ind igen for at sende. Køen sendes, når du er logget ind.'),
    ).toBeInTheDocument();
    expect(screen.getByText('Rygestopkursus: e-mail til borger@example.dk')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log ind (test)' }));
    expect(await screen.findByText('1 udsendelse fra køen er sendt.')).toBeInTheDocument();
  });

  it('says so when the offer is not in the copy', async () => {
    localStorage.clear();
    renderOffline([me, noNetwork]);
    expect(await screen.findByText(/tilbuddet findes ikke i kopien på denne enhed/)).toBeInTheDocument();
  });
});
