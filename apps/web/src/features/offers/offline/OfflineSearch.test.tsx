import { screen, waitFor } from '@testing-library/react';
import { renderRoute } from '../../../../test/renderRoute';
import { viewer } from '../../../../test/fixtures';
import { ME_QUERY } from '../../auth/useViewer';
import { OffersPage } from '../OffersPage';
import { SEARCH_OFFERS_QUERY, type OfferSearchInput } from '../searchQueries';
import { catalogueMock, catalogueUnreachable, offlineOffers } from './offlineFixtures';
import { readCatalogue, writeCatalogue } from './offlineStore';
import { mocked } from '../../../../test/mocked';

const worker = viewer('frontmedarbejder');
const owner = `${worker.id}@${worker.municipality?.id ?? ''}`;
const me = mocked({ request: { query: ME_QUERY }, result: { data: { me: worker } } });
const search = (input: OfferSearchInput) => ({
  query: SEARCH_OFFERS_QUERY,
  variables: { input: { limit: 30, ...input } },
});
const savedAt = '2026-11-22T13:05:00.000Z'; // 14.05 in Copenhagen (CET), whatever the machine's time zone
const banner = 'Du er offline. Viser tilbud fra kopien på denne enhed. Hentet 22.11.2026 kl. 14.05.';

afterEach(() => {
  localStorage.clear();
  jest.restoreAllMocks();
});

describe('front-line search without a network', () => {
  it('searches the local copy when the request fails for want of a network, and says how old it is', async () => {
    writeCatalogue({ owner, savedAt, offers: offlineOffers, synonymGroups: [] });
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=rygestop',
      pattern: '/tilbud',
      // The network is gone for the copy's refresh too: a fresh copy would replace the banner's time.
      mocks: [
        me,
        catalogueUnreachable(),
        mocked({ request: search({ text: 'rygestop' }), error: new TypeError('Failed to fetch') }),
      ],
    });
    // The file's first render loads the page and the search engine: on a loaded CI machine that can take
    // longer than findBy's default second.
    expect(await screen.findByText(banner, undefined, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rygestopkursus' })).toHaveAttribute(
      'href',
      '/tilbud/o-ryg?fra=q%3Drygestop',
    );
    expect(screen.queryByRole('link', { name: 'Træning i varmtvandsbassin' })).not.toBeInTheDocument();
    expect(screen.getByText('1 tilbud')).toBeInTheDocument();
    // The server's engine, run over the copy: the same reasons as online.
    expect(screen.getByText(/^navn: rygestop/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('does not ask the server when the browser is offline, and applies the filters', async () => {
    jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    writeCatalogue({ owner, savedAt, offers: offlineOffers, synonymGroups: [] });
    renderRoute(<OffersPage />, { path: '/tilbud?q=træning&age=70', pattern: '/tilbud', mocks: [me] });
    // The need filter is a list in the app (needFilters.ts): there offline as online.
    expect(await screen.findByRole('option', { name: 'Rygning og nikotin' })).toBeInTheDocument();
    expect(await screen.findByText(banner)).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Træning i varmtvandsbassin' })).toBeInTheDocument();
    expect(screen.getByText('1 tilbud')).toBeInTheDocument();
  });

  it('says so when offline with no copy on the device', async () => {
    jest.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    renderRoute(<OffersPage />, { path: '/tilbud?q=rygestop', pattern: '/tilbud', mocks: [me] });
    expect(await screen.findByText(/der er endnu ikke gemt en kopi af kataloget/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rygestopkursus' })).not.toBeInTheDocument();
  });

  it('keeps a copy of the offers and synonym groups with the time it was fetched while online', async () => {
    const before = Date.now();
    renderRoute(<OffersPage />, { path: '/tilbud', pattern: '/tilbud', mocks: [me, catalogueMock()] });
    await waitFor(() => expect(readCatalogue(owner)?.offers).toHaveLength(2));
    expect(readCatalogue(owner)?.synonymGroups).toEqual([['smøger', 'rygestop']]);
    expect(Date.parse(readCatalogue(owner)?.savedAt ?? '')).toBeGreaterThanOrEqual(before);
    expect(readCatalogue('someone-else')).toBeNull();
  });
});
