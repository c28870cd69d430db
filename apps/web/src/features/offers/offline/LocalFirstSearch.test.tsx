// Online search answered from the current local copy first (ADR 076): the copy answers each keystroke, the
// server is asked once typing rests, and what is on screen for a text never changes while versions agree.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { viewer } from '../../../../test/fixtures';
import { mocked } from '../../../../test/mocked';
import { ME_QUERY } from '../../auth/useViewer';
import { OffersPage } from '../OffersPage';
import { REPORT_SEARCH_NOT_OPENED_MUTATION } from '../searchLearning/searchMissQueries';
import { SEARCH_OFFERS_QUERY, type OfferSearchData, type OfferSearchInput } from '../searchQueries';
import { forgetCatalogueVersion, reportCatalogueVersion } from './localFirst';
import { catalogueMock, offlineBassin, offlineOffers } from './offlineFixtures';
import { readCatalogue, writeCatalogue } from './offlineStore';
import { loadOfflineEngine } from './useOfflineEngine';

const worker = viewer('frontmedarbejder');
const owner = `${worker.id}@${worker.municipality?.id ?? ''}`;
const me = mocked({ request: { query: ME_QUERY }, result: { data: { me: worker } } });
const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen' }).format(new Date());
const version = `${day}:41:7`;
const newer = `${day}:42:7`;

/** The server's answer for a text: only the pool offer, whatever was typed (not what the copy finds). */
function serverAnswer(text: string, at: string | null, asked: string[], maxUsageCount = 1, delay = 0) {
  const input: OfferSearchInput = { limit: 30, text };
  const searchOffers: OfferSearchData['searchOffers'] = {
    __typename: 'OfferSearchResult',
    total: 1,
    catalogueVersion: at,
    suggestions: [],
    withoutFilters: [],
    understood: [],
    unmet: [],
    hits: [{ __typename: 'OfferSearchHit', score: 1, reasons: ['navn: bassin'], offer: offlineBassin }],
  };
  return mocked({
    request: { query: SEARCH_OFFERS_QUERY, variables: maxUsageCount > 1 ? () => true : { input } },
    maxUsageCount,
    delay,
    result: (variables: { input: OfferSearchInput }) => {
      asked.push(variables.input.text ?? '');
      return { data: { searchOffers } };
    },
  });
}

/** "Søgninger uden åbnet tilbud": the page reports a search whose hits were shown and none opened (ADR 054). */
function notOpened(reported: string[]) {
  return mocked({
    request: { query: REPORT_SEARCH_NOT_OPENED_MUTATION, variables: () => true },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (variables: { text: string }) => {
      reported.push(variables.text);
      return { data: { reportSearchNotOpened: true } };
    },
  });
}

const status = () => screen.getByRole('status');

beforeAll(() => loadOfflineEngine());
beforeEach(() => {
  forgetCatalogueVersion();
  writeCatalogue({
    owner,
    savedAt: new Date().toISOString(),
    offers: offlineOffers,
    synonymGroups: [],
    vocabularyLayer: [],
    version,
  });
});
afterEach(() => {
  jest.useRealTimers();
  localStorage.clear();
});

/**
 * Types once the account is known (whose copy it is). The clock is the test's: a loaded machine cannot make
 * typing rest between two keys (testing-library's waits move the clock on afterwards).
 */
async function typeWhenSignedIn(text: string) {
  await screen.findByRole('link', { name: 'Udbakke' });
  jest.useFakeTimers();
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  await user.type(screen.getByRole('searchbox', { name: 'Søg i tilbud' }), text);
}

describe('online search from the current local copy', () => {
  it('answers each keystroke from the copy, asks the server once typing rests, and keeps the copy’s hits when it confirms the version', async () => {
    reportCatalogueVersion(owner, version);
    const asked: string[] = [];
    const reported: string[] = [];
    // The server's answer differs on purpose: at the same version it must not replace what is on screen.
    const page = renderRoute(<OffersPage />, {
      path: '/tilbud',
      mocks: [me, serverAnswer('rygestop', version, asked), notOpened(reported)],
    });
    await typeWhenSignedIn('rygestop');
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(status()).toHaveAttribute('data-answered-by', 'copy');
    expect(status()).toHaveAttribute('data-query', 'rygestop');
    // Only the rested text reached the server (a prefix would find no mock and fail the test).
    await waitFor(() => expect(asked).toEqual(['rygestop']));
    await act(() => jest.advanceTimersByTimeAsync(50));
    expect(screen.getByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Træning i varmtvandsbassin' })).not.toBeInTheDocument();
    expect(status()).toHaveTextContent('1 tilbud');
    expect(status()).not.toHaveTextContent('Søger');
    // Leaving the page without opening a hit of the copy's answer is reported, as for the server's answers.
    page.unmount();
    await waitFor(() => expect(reported).toEqual(['rygestop']));
  });

  it('shows the server’s answer when the server tells a newer version, and fetches the copy again', async () => {
    reportCatalogueVersion(owner, version);
    const asked: string[] = [];
    renderRoute(<OffersPage />, {
      path: '/tilbud',
      mocks: [me, serverAnswer('rygestop', newer, asked), catalogueMock(offlineOffers, newer), notOpened([])],
    });
    await typeWhenSignedIn('rygestop');
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    await waitFor(() => expect(asked).toEqual(['rygestop']));
    expect(await screen.findByRole('link', { name: 'Træning i varmtvandsbassin' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rygestopkursus' })).not.toBeInTheDocument();
    expect(status()).toHaveAttribute('data-answered-by', 'server');
    await waitFor(() => expect(readCatalogue(owner)?.version).toBe(newer));
  });

  it('asks the server first when the server has not told this copy’s version yet, and keeps its answer for that text', async () => {
    const asked: string[] = [];
    // The first answer tells the copy's version: the copy is current from then on, but the server's hits
    // for this text stay on screen (the same version: the same answer, by construction).
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=rygestop',
      pattern: '/tilbud',
      mocks: [me, serverAnswer('rygestop', version, asked), notOpened([])],
    });
    expect(await screen.findByRole('link', { name: 'Træning i varmtvandsbassin' })).toBeInTheDocument();
    // Inside act: the page's queries may still answer during the wait.
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    expect(screen.getByRole('link', { name: 'Træning i varmtvandsbassin' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rygestopkursus' })).not.toBeInTheDocument();
    expect(asked).toEqual(['rygestop']);
  });

  it('asks the server once for a typed text whose answer makes the copy current (not again when typing rests)', async () => {
    const asked: string[] = [];
    // The first search of the tab goes to the server; its answer tells the copy's version, so the copy is
    // current before typing has rested 400 ms on the text. The rest must not ask for the same text again
    // (each request is a search the server counts: "Søgninger uden resultat").
    renderRoute(<OffersPage />, {
      path: '/tilbud',
      mocks: [me, serverAnswer('rygestop', version, asked, Number.POSITIVE_INFINITY, 100), notOpened([])],
    });
    await screen.findByRole('link', { name: 'Udbakke' });
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    await user.click(screen.getByRole('searchbox', { name: 'Søg i tilbud' }));
    await user.paste('rygestop');
    // Past the rest (400 ms) and a second answer's delay, had there been a second request.
    await act(() => jest.advanceTimersByTimeAsync(1000));
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(status()).toHaveAttribute('data-query', 'rygestop');
    expect(screen.getByRole('link', { name: 'Træning i varmtvandsbassin' })).toBeInTheDocument();
    expect(asked.filter((text) => text === 'rygestop')).toEqual(['rygestop']);
  });

  it('does not answer from another account’s copy', async () => {
    reportCatalogueVersion(owner, version);
    writeCatalogue({
      owner: 'someone-else',
      savedAt: new Date().toISOString(),
      offers: offlineOffers,
      synonymGroups: [],
      version,
    });
    const asked: string[] = [];
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=rygestop',
      pattern: '/tilbud',
      mocks: [me, serverAnswer('rygestop', version, asked), catalogueMock(offlineOffers, version), notOpened([])],
    });
    expect(await screen.findByRole('link', { name: 'Træning i varmtvandsbassin' })).toBeInTheDocument();
    expect(status()).toHaveAttribute('data-answered-by', 'server');
  });
});
