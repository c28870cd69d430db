import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { emptyOverviewData, overviewData } from '../../../test/fixtures';
import { OverviewPage } from './OverviewPage';
import { OVERVIEW_QUERY } from './useOverview';

// recharts needs a layout engine jsdom lacks; the chart's numbers are asserted through the table.
jest.mock('./BudgetChart', () => ({ BudgetChart: () => <div data-testid="budget-chart" /> }));

const request = { query: OVERVIEW_QUERY, variables: { grantYear: 2023 } };

describe('OverviewPage', () => {
  it('announces loading, then shows the overview', async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() }, delay: 20 }] });
    expect(screen.getByRole('status')).toHaveTextContent('Henter data');
    expect(await screen.findByRole('heading', { name: 'Temaer og milepæle' })).toBeInTheDocument();
  });

  it('shows themes by quarter, budget as a table, bodies and grants with history', async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }] });
    const timeline = await screen.findByRole('table', { name: 'Temaer A–G og deres milepæle pr. kvartal' });
    const headers = within(timeline)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual(['Tema', '3. kvt. 2016', '4. kvt. 2016', '1. kvt. 2017']);
    const rowC = within(timeline).getByRole('row', { name: /Tema C: Sundhed for hjemløse/ });
    expect(within(rowC).getByText('Projektudvikling')).toBeInTheDocument();
    expect(within(rowC).getByText('Planlagt')).toBeInTheDocument();

    const budget = screen.getByRole('table', { name: 'Budgetlinjer pr. tema og år: beløb og personaletimer' });
    expect(within(budget).getByText('200.000 kr.')).toBeInTheDocument();
    expect(within(budget).getByText('15 timer pr. uge')).toBeInTheDocument();
    expect(await screen.findByTestId('budget-chart')).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: 'Sundhedsforum' })).toBeInTheDocument();
    expect(screen.getByText('Formand')).toBeInTheDocument();

    expect(screen.getByRole('heading', { name: 'Klyngemidler 2023' })).toBeInTheDocument();
    expect(
      screen.getByText(/500\.000 kr\. → 1\.000\.000 kr\., besluttet 26\.4\.2023, punkt 4: Klyngemidler 2023/),
    ).toBeInTheDocument();
    expect(screen.getByText('Beløb ikke oplyst')).toBeInTheDocument();
  });

  it("opens a figure's source on demand", async () => {
    const user = userEvent.setup();
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }] });
    const budget = await screen.findByRole('table', { name: 'Budgetlinjer pr. tema og år: beløb og personaletimer' });
    const button = within(budget).getByRole('button', { name: 'Kilde for Tema C 2017' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const panel = document.getElementById(button.getAttribute('aria-controls') ?? '');
    expect(panel).toBeVisible();
    expect(panel).toHaveTextContent('Strategi for sundhedsområdet 2016–2017');
    expect(panel).toHaveTextContent('1.6.2016');
  });

  it('says so when there is nothing to show', async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: emptyOverviewData() } }] });
    expect(
      await screen.findByText('Der er endnu ingen temaer, organer eller klyngemidler at vise.'),
    ).toBeInTheDocument();
  });

  it('shows a Danish error with a retry button that fetches again', async () => {
    const user = userEvent.setup();
    renderRoute(<OverviewPage />, {
      mocks: [
        { request, error: new Error('Failed to fetch') },
        { request, result: { data: overviewData() } },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    expect(alert).toHaveTextContent('Serveren svarer ikke');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Temaer og milepæle' })).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('OverviewPage budget totals', () => {
  it("gives the chart's numbers as a table of kroner per theme and year", async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }] });
    const totals = await screen.findByRole('table', { name: 'Beløb i alt pr. tema og år (tallene i diagrammet)' });
    expect(within(totals).getByRole('columnheader', { name: '2017' })).toBeInTheDocument();
    expect(within(within(totals).getByRole('row', { name: /Tema C/ })).getByText('200.000 kr.')).toBeInTheDocument();
  });
});
