import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, useLocation, useNavigate } from 'react-router';
import { renderRoute } from '../../../test/renderRoute';
import { viewer } from '../../../test/fixtures';
import { ME_QUERY } from '../auth/useViewer';
import { rygestop } from './offerFixtures';
import { catalogueMock } from './offline/offlineFixtures';
import { OffersPage } from './OffersPage';
import { OUTBOX_QUERY } from './offerQueries';
import { REPORT_SEARCH_NOT_OPENED_MUTATION } from './searchLearning/searchMissQueries';
import { OutboxPage } from './OutboxPage';
import {
  SEARCH_OFFERS_QUERY,
  type OfferSearchData,
  type OfferSearchHitData,
  type OfferSearchInput,
} from './searchQueries';
import { mocked } from '../../../test/mocked';

const me = mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('frontmedarbejder') } } });
const catalogue = catalogueMock();
const search = (input: OfferSearchInput) => ({
  query: SEARCH_OFFERS_QUERY,
  variables: { input: { limit: 30, ...input } },
});
const empty: OfferSearchData['searchOffers'] = {
  __typename: 'OfferSearchResult',
  hits: [],
  total: 0,
  catalogueVersion: null,
  suggestions: [],
  withoutFilters: [],
  understood: [],
  unmet: [],
};

afterEach(() => {
  jest.useRealTimers();
  localStorage.clear();
});

/** The address the search page is at, for the tests of when it is written. */
function Address() {
  return <output aria-label="adresse">{useLocation().search}</output>;
}

/** The offer page's stand-in: where its link came from, and the browser's Back. */
function OpenedOffer() {
  const navigate = useNavigate();
  return (
    <>
      <p>åbnet {useLocation().search}</p>
      <button type="button" onClick={() => void navigate(-1)}>
        Tilbage
      </button>
    </>
  );
}

describe('OffersPage (front-line search)', () => {
  it('shows a hint before anything is typed', async () => {
    renderRoute(<OffersPage />, { path: '/tilbud', mocks: [me, catalogue] });
    expect(await screen.findByText('Skriv i søgefeltet eller vælg et behov for at se tilbud.')).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Søg i tilbud' })).toBeInTheDocument();
  });

  it('announces the count and shows each hit with why it matched', async () => {
    const hit: OfferSearchHitData = {
      __typename: 'OfferSearchHit',
      score: 3,
      reasons: ['navn: rygestop', 'alder passer'],
      offer: rygestop,
    };
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=ryge&age=67',
      pattern: '/tilbud',
      mocks: [
        me,
        catalogue,
        mocked({
          request: search({ text: 'ryge', age: 67 }),
          result: { data: { searchOffers: { ...empty, hits: [hit], total: 1 } } },
          delay: 20,
        }),
      ],
    });
    expect(await screen.findByText('Søger …')).toBeInTheDocument();
    // The hit carries the search (query and filters) for "Tilbage til søgningen".
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toHaveAttribute(
      'href',
      '/tilbud/o-ryg?fra=q%3Dryge%26age%3D67',
    );
    expect(screen.getByRole('status')).toHaveTextContent('1 tilbud');
    expect(screen.getByText('navn: rygestop')).toBeInTheDocument();
    expect(screen.getByText('Gratis')).toBeInTheDocument();
    expect(screen.getByText('Fra 15 år')).toBeInTheDocument();
    expect(screen.getByText(/Tirsdage kl\. 16\.30–18\.00, 26\.4\.2023/)).toBeInTheDocument();
  });

  it('shows the chips the answer applied, and names those no offer met instead of showing them as chips', async () => {
    const hit: OfferSearchHitData = {
      __typename: 'OfferSearchHit',
      score: 3,
      reasons: ['navn: rygestop'],
      offer: rygestop,
    };
    const chip = (kind: string, value: string, typed: string) => ({
      __typename: 'QueryChip' as const,
      kind,
      value,
      typed,
    });
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=gratis%20rygestop%20p%C3%A5%20arabisk',
      pattern: '/tilbud',
      mocks: [
        me,
        catalogue,
        mocked({
          request: search({ text: 'gratis rygestop på arabisk' }),
          // No offer is in Arabic: the search answered without that chip, and with "gratis".
          result: {
            data: {
              searchOffers: {
                ...empty,
                hits: [hit],
                total: 1,
                understood: [chip('free', 'true', 'gratis')],
                unmet: [chip('language', 'ar', 'paa arabisk')],
              },
            },
          },
        }),
      ],
    });
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    const chips = screen.getByRole('group', { name: 'Forstået i søgningen' });
    expect(chips).toHaveTextContent('Gratis');
    expect(chips).not.toHaveTextContent('arabisk');
    expect(
      screen.getByText('Ingen tilbud passede også til Sprog: arabisk, så søgningen viser tilbud uden den afgrænsning.'),
    ).toBeInTheDocument();
  });

  it('turns control characters in the search text into spaces and searches (issue 11: never an error)', async () => {
    const user = userEvent.setup();
    const hit: OfferSearchHitData = {
      __typename: 'OfferSearchHit',
      score: 3,
      reasons: ['navn: rygestop'],
      offer: rygestop,
    };
    renderRoute(<OffersPage />, {
      path: '/tilbud',
      mocks: [
        me,
        catalogue,
        mocked({
          request: search({ text: 'ryge stop' }),
          result: { data: { searchOffers: { ...empty, hits: [hit], total: 1 } } },
        }),
      ],
    });
    const box = await screen.findByRole('searchbox', { name: 'Søg i tilbud' });
    await user.click(box);
    await user.paste('ryge\u0000stop');
    expect(box).toHaveValue('ryge stop');
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
  });

  it('treats a text of only punctuation as nothing typed: no search, no count, the start hint', async () => {
    const user = userEvent.setup();
    renderRoute(<OffersPage />, { path: '/tilbud?q=%25', pattern: '/tilbud', mocks: [me, catalogue] });
    const box = await screen.findByRole('searchbox', { name: 'Søg i tilbud' });
    expect(box).toHaveValue('%');
    expect(screen.getByText('Skriv i søgefeltet eller vælg et behov for at se tilbud.')).toBeInTheDocument();
    await user.type(box, '?!');
    expect(box).toHaveValue('%?!');
    // No search is sent (none is mocked), so nothing says one happened.
    // Inside act: the page's other queries may answer meanwhile (their updates are then the test's own).
    await act(() => new Promise((resolve) => setTimeout(resolve, 100)));
    expect(screen.getByText('Skriv i søgefeltet eller vælg et behov for at se tilbud.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.queryByText('Vi fandt ingen tilbud, der passer til din søgning.')).not.toBeInTheDocument();
  });

  it('names an age nobody is instead of searching for it ("200 år", age filter 200)', async () => {
    const hit: OfferSearchHitData = { __typename: 'OfferSearchHit', score: 3, reasons: [], offer: rygestop };
    const { unmount } = renderRoute(<OffersPage />, {
      path: '/tilbud?q=rygestop%20200%20%C3%A5r',
      pattern: '/tilbud',
      mocks: [
        me,
        catalogue,
        mocked({
          request: search({ text: 'rygestop' }),
          result: { data: { searchOffers: { ...empty, hits: [hit], total: 1 } } },
        }),
      ],
    });
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent(
      '200 år er ikke en mulig alder, så alderen er ikke brugt i søgningen. Skriv en alder fra 0 til 120 år.',
    );
    unmount();
    renderRoute(<OffersPage />, { path: '/tilbud?age=200', pattern: '/tilbud', mocks: [me, catalogue] });
    expect(await screen.findByRole('note')).toHaveTextContent('200 år er ikke en mulig alder');
    expect(screen.getByText('Skriv i søgefeltet eller vælg et behov for at se tilbud.')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('');
  });

  it('names a negative age in the age filter instead of ignoring it without a word', async () => {
    renderRoute(<OffersPage />, { path: '/tilbud?age=-3', pattern: '/tilbud', mocks: [me, catalogue] });
    expect(await screen.findByRole('note')).toHaveTextContent(
      '-3 år er ikke en mulig alder, så alderen er ikke brugt i søgningen. Skriv en alder fra 0 til 120 år.',
    );
    expect(screen.getByText('Skriv i søgefeltet eller vælg et behov for at se tilbud.')).toBeInTheDocument();
  });

  it('names an age filter that is no number instead of ignoring it without a word', async () => {
    renderRoute(<OffersPage />, { path: '/tilbud?age=syv', pattern: '/tilbud', mocks: [me, catalogue] });
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Alderen skal skrives som et tal, f.eks. 72. Alderen er ikke brugt i søgningen.',
    );
    expect(screen.getByLabelText('Borgerens alder')).toHaveValue('syv');
  });

  it('searches an age with a fraction ("7,5", "7.5") as the whole years it is, and says so', async () => {
    const hit: OfferSearchHitData = { __typename: 'OfferSearchHit', score: 3, reasons: [], offer: rygestop };
    const answer = () =>
      mocked({
        request: search({ text: 'ryge', age: 7 }),
        result: { data: { searchOffers: { ...empty, hits: [hit], total: 1 } } },
      });
    // Leaving hits unopened is reported (ADR 054).
    const notOpened = () =>
      mocked({
        request: { query: REPORT_SEARCH_NOT_OPENED_MUTATION, variables: { text: 'ryge' } },
        result: { data: { reportSearchNotOpened: true } },
      });
    const { unmount } = renderRoute(<OffersPage />, {
      path: '/tilbud?q=ryge&age=7%2C5',
      pattern: '/tilbud',
      mocks: [me, catalogue, answer(), notOpened()],
    });
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByLabelText('Borgerens alder')).toHaveValue('7,5');
    expect(screen.getByRole('note')).toHaveTextContent(
      '7,5 år er ikke en hel alder, så der er søgt på 7 år. Alder regnes i hele år.',
    );
    unmount();
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=ryge&age=7.5',
      pattern: '/tilbud',
      mocks: [me, catalogue, answer(), notOpened()],
    });
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('7,5 år er ikke en hel alder, så der er søgt på 7 år.');
  });

  it('offers the suggestions as buttons when nothing matches', async () => {
    const user = userEvent.setup();
    const hit: OfferSearchHitData = { __typename: 'OfferSearchHit', score: 3, reasons: ['stavefejl'], offer: rygestop };
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=rygestob',
      pattern: '/tilbud',
      mocks: [
        me,
        catalogue,
        mocked({
          request: search({ text: 'rygestob' }),
          result: { data: { searchOffers: { ...empty, suggestions: ['rygestop'] } } },
        }),
        mocked({
          request: search({ text: 'rygestop' }),
          result: { data: { searchOffers: { ...empty, hits: [hit], total: 1 } } },
        }),
      ],
    });
    expect(await screen.findByText('Vi fandt ingen tilbud, der passer til din søgning.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Søg efter rygestop' }));
    expect(await screen.findByRole('link', { name: 'Rygestopkursus' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox')).toHaveValue('rygestop');
  });

  it('writes the address at once when a hit is opened before typing rests (ADR 066)', async () => {
    // Fake timers: the 400 ms rest never passes unless the test says so.
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const hit: OfferSearchHitData = { __typename: 'OfferSearchHit', score: 3, reasons: [], offer: rygestop };
    const answer = mocked({
      request: search({ text: 'ryge' }),
      result: { data: { searchOffers: { ...empty, hits: [hit], total: 1 } } },
      maxUsageCount: 2,
    });
    renderRoute(
      <>
        <OffersPage />
        <Address />
      </>,
      {
        path: '/tilbud',
        mocks: [me, catalogue, answer],
        extra: [<Route key="offer" path="/tilbud/:id" element={<OpenedOffer />} />],
      },
    );
    await user.click(await screen.findByRole('searchbox', { name: 'Søg i tilbud' }));
    await user.paste('ryge');
    const link = await screen.findByRole('link', { name: 'Rygestopkursus' });
    // The hit's link carries the search its hits came from.
    expect(link).toHaveAttribute('href', '/tilbud/o-ryg?fra=q%3Dryge');
    window.history.replaceState(null, '', '/tilbud');
    await user.click(link);
    // The hit opens (the address is not put back over it), and the browser's entry of the search was
    // rewritten in place before the link's push, so Back returns to the same search. A MemoryRouter has
    // no browser history: the entry is read from window.history (e2e/csp.e2e.test.ts opens a hit at once).
    expect(await screen.findByText('åbnet ?fra=q%3Dryge')).toBeInTheDocument();
    expect(window.location.search).toBe('?q=ryge');
    jest.useRealTimers();
  });

  it('lets the address follow the typing when it rests', async () => {
    const user = userEvent.setup();
    renderRoute(
      <>
        <OffersPage />
        <Address />
      </>,
      {
        path: '/tilbud',
        mocks: [me, catalogue, mocked({ request: search({ text: 'kol' }), result: { data: { searchOffers: empty } } })],
      },
    );
    await user.click(await screen.findByRole('searchbox', { name: 'Søg i tilbud' }));
    await user.paste('kol');
    expect(await screen.findByText('?q=kol')).toBeInTheDocument();
  });

  it('keeps the search (query and filters) on the way to the outbox and back', async () => {
    const user = userEvent.setup();
    const anySearch = mocked({
      request: { query: SEARCH_OFFERS_QUERY, variables: () => true },
      result: { data: { searchOffers: empty } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    });
    const outbox = mocked({ request: { query: OUTBOX_QUERY }, result: { data: { outbox: [] } } });
    renderRoute(
      <>
        <OffersPage />
        <Address />
      </>,
      {
        path: '/tilbud?q=kol+tr%C3%A6ning&age=70',
        pattern: '/tilbud',
        mocks: [me, catalogue, anySearch, outbox],
        extra: [<Route key="outbox" path="/tilbud/udbakke" element={<OutboxPage />} />],
      },
    );
    const link = await screen.findByRole('link', { name: 'Udbakke' });
    expect(link).toHaveAttribute('href', '/tilbud/udbakke?fra=q%3Dkol%2Btr%25C3%25A6ning%26age%3D70');
    await user.click(link);
    const back = await screen.findByRole('link', { name: 'Tilbage til søgningen' });
    expect(back).toHaveAttribute('href', '/tilbud?q=kol+tr%C3%A6ning&age=70');
    await user.click(back);
    expect(await screen.findByRole('searchbox', { name: 'Søg i tilbud' })).toHaveValue('kol træning');
    expect(screen.getByLabelText('adresse')).toHaveTextContent('?q=kol+tr%C3%A6ning&age=70');
  });

  it('shows a Danish error', async () => {
    renderRoute(<OffersPage />, {
      path: '/tilbud?q=ryge',
      pattern: '/tilbud',
      mocks: [me, catalogue, mocked({ request: search({ text: 'ryge' }), error: new Error('down') })],
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Data kunne ikke hentes');
  });
});
