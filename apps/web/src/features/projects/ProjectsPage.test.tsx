import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { setClock } from '@sundhed/shared/clock';
import { renderRoute } from '../../../test/renderRoute';
import { viewer } from '../../../test/fixtures';
import { mocked } from '../../../test/mocked';
import { ME_QUERY } from '../auth/useViewer';
import type { PortfolioFilter } from '../../__generated__/graphql';
import { ProjectsPage } from './ProjectsPage';
import { PROJECT_PORTFOLIO_QUERY, type PortfolioRow } from './portfolioQueries';
import { PROJECT_OPTIONS_QUERY } from './projectOptions';

function Location() {
  const location = useLocation();
  return <output data-testid="location">{location.search}</output>;
}

const row = (id: string, name: string, extra: Partial<PortfolioRow> = {}): PortfolioRow => ({
  __typename: 'Project',
  id,
  name,
  status: 'IN_PROGRESS',
  closedOn: null,
  theme: { __typename: 'Theme', id: 't-C', code: 'C', title: 'Sundhed for hjemløse' },
  ownerUnit: { __typename: 'OrgUnit', id: 'ou-soc', name: 'Center for Socialservice' },
  latestStatusReport: null,
  missingStatusReport: null,
  lateMilestoneCount: 0,
  budgetLines: [],
  ...extra,
});

const rows: PortfolioRow[] = [
  row('p-cool', 'CoolKids', {
    latestStatusReport: {
      __typename: 'StatusReport',
      id: 'sr-1',
      colour: 'RED',
      colourLabel: 'Rød',
      quarterLabel: '3. kvt. 2026',
    },
    lateMilestoneCount: 2,
    budgetLines: [
      { __typename: 'BudgetLine', id: 'bl-1', year: 2026, amountKr: 1_200_000 },
      { __typename: 'BudgetLine', id: 'bl-2', year: 2026, amountKr: 34_567 },
      { __typename: 'BudgetLine', id: 'bl-3', year: 2025, amountKr: 999 },
    ],
  }),
  row('p-noeffe', 'Nøffes Gadekøkken', {
    missingStatusReport: { __typename: 'QuarterRef', label: '3. kvt. 2026' },
  }),
];

const meMock = mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('sundhedsstab') } } });
const optionsMock = mocked({
  request: { query: PROJECT_OPTIONS_QUERY },
  result: {
    data: {
      orgUnits: [{ __typename: 'OrgUnit', id: 'ou-soc', name: 'Center for Socialservice' }],
      themes: [
        { __typename: 'Theme', id: 't-C', code: 'C', title: 'Sundhed for hjemløse' },
        { __typename: 'Theme', id: 't-D', code: 'D', title: 'Rygestop' },
      ],
    },
  },
});
const portfolio = (filter: PortfolioFilter, items: PortfolioRow[], totalCount = items.length, offset = 0) =>
  mocked({
    request: { query: PROJECT_PORTFOLIO_QUERY, variables: { filter, first: 50, offset } },
    result: { data: { projectPortfolio: { __typename: 'ProjectPage', totalCount, items } } },
    delay: 10,
  });

function renderList(mocks: Parameters<typeof renderRoute>[1]['mocks'], path = '/projekter') {
  return renderRoute(
    <>
      <ProjectsPage />
      <Location />
    </>,
    { path, pattern: '/projekter', mocks },
  );
}

describe('ProjectsPage', () => {
  beforeEach(() => setClock('2026-12-04T09:00:00.000Z'));
  afterEach(() => setClock(null));

  it('announces loading, then lists the projects with status, report colour, late milestones and this year’s budget', async () => {
    renderList([meMock, optionsMock, portfolio({}, rows)]);
    expect(screen.getByText('Henter projekter …')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Projekter i porteføljen' });
    expect(within(table).getByRole('link', { name: 'CoolKids' })).toHaveAttribute('href', '/projekter/p-cool');
    const cool = within(table).getByRole('row', { name: /CoolKids/ });
    expect(cool).toHaveTextContent('C: Sundhed for hjemløse');
    expect(cool).toHaveTextContent('Center for Socialservice');
    expect(cool).toHaveTextContent('I gang');
    expect(cool).toHaveTextContent('Rød (3. kvt. 2026)');
    expect(cool).toHaveTextContent('⚠ 2 forsinkede');
    expect(cool).toHaveTextContent('1.234.567 kr.');
    expect(within(table).getByRole('columnheader', { name: 'Budget 2026' })).toBeInTheDocument();
    const noeffe = within(table).getByRole('row', { name: /Nøffes/ });
    expect(noeffe).toHaveTextContent('Ingen rapport');
    expect(noeffe).toHaveTextContent('Mangler for 3. kvt. 2026');
    expect(screen.getByText('2 projekter')).toHaveAttribute('aria-live', 'polite');
    expect(await screen.findByRole('link', { name: 'Opret projekt' })).toHaveAttribute('href', '/projekter/ny');
    expect(screen.getByRole('link', { name: 'Hent som Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/projects/export.xlsx',
    );
  });

  it('shows a Danish error and retries', async () => {
    const user = userEvent.setup();
    renderList([
      meMock,
      optionsMock,
      mocked({
        request: { query: PROJECT_PORTFOLIO_QUERY, variables: { filter: {}, first: 50, offset: 0 } },
        error: new Error('Failed to fetch'),
      }),
      portfolio({}, rows),
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByRole('table', { name: 'Projekter i porteføljen' })).toBeInTheDocument());
  });

  it('says when no project matches the filters, and clears them', async () => {
    const user = userEvent.setup();
    renderList(
      [meMock, optionsMock, portfolio({ themeId: 't-D', needsAttention: true }, []), portfolio({}, rows)],
      '/projekter?tema=t-D&opmaerksomhed=1',
    );
    expect(await screen.findByText('Ingen projekter matcher filtrene.')).toBeInTheDocument();
    expect(screen.getByText('0 projekter')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent som Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/projects/export.xlsx?tema=t-D&opmaerksomhed=1',
    );
    await user.click(screen.getByRole('button', { name: 'Nulstil filtre' }));
    expect(await screen.findByRole('table', { name: 'Projekter i porteføljen' })).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent(/^$/);
  });

  it('says so when there are no projects at all', async () => {
    renderList([meMock, optionsMock, portfolio({}, [])]);
    expect(await screen.findByText('Der er ingen projekter endnu.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nulstil filtre' })).not.toBeInTheDocument();
  });

  it('writes the filters and the page to the URL', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 50 }, (_, i) => row(`p-${i}`, `Projekt ${String(i).padStart(2, '0')}`));
    renderList([
      meMock,
      optionsMock,
      portfolio({}, rows),
      portfolio({ themeId: 't-C' }, many, 120),
      portfolio({ themeId: 't-C' }, many, 120, 50),
      portfolio({ themeId: 't-C', includeClosed: true }, rows),
      portfolio({ themeId: 't-C', includeClosed: true, year: 2026 }, rows),
    ]);
    await screen.findByRole('table', { name: 'Projekter i porteføljen' });
    await screen.findByRole('option', { name: 'C: Sundhed for hjemløse' });
    await user.selectOptions(screen.getByLabelText('Tema'), 'C: Sundhed for hjemløse');
    expect(await screen.findByText('Side 1 af 3')).toBeInTheDocument();
    expect(screen.getByText('120 projekter')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?tema=t-C');
    expect(screen.getByRole('button', { name: 'Forrige' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Næste' }));
    expect(await screen.findByText('Side 2 af 3')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('?tema=t-C&side=2');

    // A new filter starts again at page 1.
    await user.click(screen.getByLabelText('Vis også lukkede projekter'));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?tema=t-C&lukkede=1'));
    await user.type(screen.getByLabelText('År'), '2026');
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('?tema=t-C&lukkede=1&aar=2026'));
    expect(await screen.findByRole('link', { name: 'CoolKids' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent som Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/projects/export.xlsx?tema=t-C&aar=2026&lukkede=1',
    );
  });

  it('shows a project lead no theme or owner filter and no create button', async () => {
    renderList([
      mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('projektleder') } } }),
      portfolio({}, rows),
    ]);
    await screen.findByRole('table', { name: 'Projekter i porteføljen' });
    expect(screen.queryByLabelText('Tema')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Ejer')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Opret projekt' })).not.toBeInTheDocument();
  });
});
