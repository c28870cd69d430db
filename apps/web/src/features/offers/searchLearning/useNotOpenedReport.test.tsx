// The search page's report of a search whose hits were shown and none opened (issue 11, ADR 054):
// sent once on leaving the search without opening a hit, never when a hit was opened.
import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { renderRoute } from '../../../../test/renderRoute';
import { viewer } from '../../../../test/fixtures';
import { mocked } from '../../../../test/mocked';
import { ME_QUERY } from '../../auth/useViewer';
import { rygestop } from '../offerFixtures';
import { catalogueMock } from '../offline/offlineFixtures';
import { OffersPage } from '../OffersPage';
import { SEARCH_OFFERS_QUERY, type OfferSearchData } from '../searchQueries';
import { REPORT_SEARCH_NOT_OPENED_MUTATION } from './searchMissQueries';
import { isNewSearch } from './useNotOpenedReport';

const me = mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('frontmedarbejder') } } });
const found: OfferSearchData['searchOffers'] = {
  __typename: 'OfferSearchResult',
  hits: [{ __typename: 'OfferSearchHit', score: 3, reasons: ['navn: rygestop'], offer: rygestop }],
  total: 1,
  catalogueVersion: null,
  suggestions: [],
  withoutFilters: [],
  understood: [],
  unmet: [],
};

function renderSearch(reported: jest.Mock) {
  return renderRoute(<OffersPage />, {
    path: '/tilbud?q=ryge',
    pattern: '/tilbud',
    extra: [
      <Route key="offer" path="/tilbud/:id" element={<p>Tilbuddet</p>} />,
      <Route key="outbox" path="/tilbud/udbakke" element={<p>Udbakken</p>} />,
    ],
    mocks: [
      me,
      catalogueMock(),
      mocked({
        request: { query: SEARCH_OFFERS_QUERY, variables: { input: { limit: 30, text: 'ryge' } } },
        result: { data: { searchOffers: found } },
      }),
      mocked({
        request: { query: REPORT_SEARCH_NOT_OPENED_MUTATION, variables: { text: 'ryge' } },
        // Called as the request reaches the link, before any answer.
        delay: () => {
          reported();
          return 0;
        },
        result: { data: { reportSearchNotOpened: true } },
      }),
    ],
  });
}

afterEach(() => localStorage.clear());

it('tells a new search from one refined as the worker types', () => {
  expect(isNewSearch('ryge', 'rygestop')).toBe(false);
  expect(isNewSearch('rygestop', 'Ryge')).toBe(false);
  expect(isNewSearch('rygestop', 'gigt')).toBe(true);
});

it('reports the search on leaving it without opening a hit', async () => {
  const user = userEvent.setup();
  const reported = jest.fn();
  renderSearch(reported);
  await screen.findByRole('link', { name: 'Rygestopkursus' });
  // The header's link comes with the signed-in account, which may answer after the hits.
  await user.click(await screen.findByRole('link', { name: 'Udbakke' }));
  expect(await screen.findByText('Udbakken')).toBeInTheDocument();
  await waitFor(() => expect(reported).toHaveBeenCalledTimes(1));
});

it('reports nothing when a hit was opened', async () => {
  const user = userEvent.setup();
  const reported = jest.fn();
  renderSearch(reported);
  await user.click(await screen.findByRole('link', { name: 'Rygestopkursus' }));
  expect(await screen.findByText('Tilbuddet')).toBeInTheDocument();
  // The report would be sent as the page unmounts; give the mocked link its turn before checking.
  await act(() => new Promise((resolve) => setTimeout(resolve, 0)));
  expect(reported).not.toHaveBeenCalled();
});
