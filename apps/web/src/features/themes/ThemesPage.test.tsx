import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { ThemesPage } from './ThemesPage';
import { THEMES_QUERY } from './themeQueries';

const request = { query: THEMES_QUERY };
const themes = [
  {
    __typename: 'Theme',
    id: 't-A',
    code: 'A',
    title: 'Koordinering af sundhedsindsatsen',
    kind: 'INTERNAL',
    status: 'DONE',
    timeFrame: '3. kvt. 2016 – 1. kvt. 2017',
  },
  {
    __typename: 'Theme',
    id: 't-C',
    code: 'C',
    title: 'Sundhed for hjemløse',
    kind: 'CITIZEN',
    status: 'AWAITING',
    timeFrame: null,
  },
];

describe('ThemesPage', () => {
  it('announces loading, then lists the themes with links', async () => {
    renderRoute(<ThemesPage />, { path: '/temaer', mocks: [{ request, result: { data: { themes } }, delay: 20 }] });
    expect(screen.getByRole('status')).toHaveTextContent('Henter data');
    const table = await screen.findByRole('table', { name: 'Strategiske temaer' });
    expect(within(table).getByRole('link', { name: 'Sundhed for hjemløse' })).toHaveAttribute('href', '/temaer/t-C');
    expect(within(table).getByText('Afventer')).toBeInTheDocument();
    expect(within(table).getByText('Borgerrettet')).toBeInTheDocument();
  });

  it('says so when there are no themes', async () => {
    renderRoute(<ThemesPage />, { path: '/temaer', mocks: [{ request, result: { data: { themes: [] } } }] });
    expect(await screen.findByText('Der er ingen temaer endnu.')).toBeInTheDocument();
  });

  it('shows a Danish error and retries', async () => {
    const user = userEvent.setup();
    renderRoute(<ThemesPage />, {
      path: '/temaer',
      mocks: [
        { request, error: new Error('Failed to fetch') },
        { request, result: { data: { themes } } },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Strategiske temaer' })).toBeInTheDocument());
  });
});
