import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { emptyOverviewData, overviewData } from '../../../test/fixtures';
import { OverviewPage } from './OverviewPage';
import { OVERVIEW_QUERY } from './useOverview';
import { ATTENTION_ITEMS_QUERY } from './attentionQuery';
import { attentionItems } from '../../../test/attentionFixtures';
import { setClock } from '@sundhed/shared/clock';
import { milestone, theme } from '../../../test/fixtures';
import { mocked } from '../../../test/mocked';
import { axeViolations } from '../../../test/axeViolations';
import { DISMISS_NOTICE, PROPOSAL_NOTICES_QUERY } from '../proposals/proposalNoticeQueries';

// recharts needs a layout engine jsdom lacks; the chart's numbers are asserted through the table.
jest.mock('./BudgetChart', () => ({ BudgetChart: () => <div data-testid="budget-chart" /> }));

const request = { query: OVERVIEW_QUERY, variables: { grantYear: 2023 } };
const attention = { request: { query: ATTENTION_ITEMS_QUERY }, result: { data: { attentionItems } }, maxUsageCount: 5 };
const noNotices = mocked({
  request: { query: PROPOSAL_NOTICES_QUERY },
  result: { data: { proposalNotices: [] } },
  maxUsageCount: 5,
});

// The timeline's window is around today by the shared clock: 15 November 2016, so 4. kvt. 2015–4. kvt. 2017.
beforeEach(() => setClock('2016-11-15T09:00:00.000Z'));
afterEach(() => setClock(null));

describe('OverviewPage', () => {
  it('announces loading, then shows the overview', async () => {
    renderRoute(<OverviewPage />, {
      mocks: [{ request, result: { data: overviewData() }, delay: 20 }, attention, noNotices],
    });
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Henter data …');
    expect(await screen.findByRole('heading', { name: 'Temaer og milepæle' })).toBeInTheDocument();
  });

  it('shows themes by quarter, budget as a table, bodies and grants with history', async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }, attention, noNotices] });
    const timeline = await screen.findByRole('table', { name: 'Temaer A–G og deres milepæle pr. kvartal' });
    const headers = within(timeline)
      .getAllByRole('columnheader')
      .map((cell) => cell.textContent);
    expect(headers).toEqual([
      'Tema',
      '4. kvt. 2015',
      '1. kvt. 2016',
      '2. kvt. 2016',
      '3. kvt. 2016',
      '4. kvt. 2016 i dag',
      '1. kvt. 2017',
      '2. kvt. 2017',
      '3. kvt. 2017',
      '4. kvt. 2017',
    ]);
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
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }, attention, noNotices] });
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
    renderRoute(<OverviewPage />, {
      mocks: [{ request, result: { data: emptyOverviewData() } }, attention, noNotices],
    });
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
        attention,
        noNotices,
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    expect(alert).toHaveTextContent('Serveren svarer ikke');
    // "Kræver opmærksomhed" is fetched on its own and still shows.
    expect(await screen.findByRole('heading', { name: 'Kræver opmærksomhed (4)' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Temaer og milepæle' })).toBeInTheDocument());
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('OverviewPage budget totals', () => {
  it("gives the chart's numbers as a table of kroner per theme and year", async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }, attention, noNotices] });
    const totals = await screen.findByRole('table', { name: 'Beløb i alt pr. tema og år (tallene i diagrammet)' });
    expect(within(totals).getByRole('columnheader', { name: '2017' })).toBeInTheDocument();
    expect(within(within(totals).getByRole('row', { name: /Tema C/ })).getByText('200.000 kr.')).toBeInTheDocument();
  });
});

describe('OverviewPage: Kræver opmærksomhed, Excel and the timeline window', () => {
  it('puts "Kræver opmærksomhed" first and links the overview as Excel', async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }, attention, noNotices] });
    const heading = await screen.findByRole('heading', { level: 2, name: 'Kræver opmærksomhed (4)' });
    expect(screen.getAllByRole('heading', { level: 2 })[0]).toBe(heading);
    expect(screen.getByRole('link', { name: 'Tema C: Projektudvikling' })).toHaveAttribute('href', '/temaer/t-C');
    expect(await screen.findByRole('link', { name: 'Hent overblikket som Excel (.xlsx)' })).toHaveAttribute(
      'href',
      '/api/overview/export.xlsx',
    );
  });

  it('moves the window a year with "Tidligere" and "Senere" and shows every quarter with "Vis alle"', async () => {
    const user = userEvent.setup();
    const data = overviewData();
    data.overview.themes.push(
      theme('G', 'Sundhedspakker', { milestones: [milestone('ms-g1', 2019, 2, 'Lægetjek evalueret', 'PLANNED')] }),
    );
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data } }, attention, noNotices] });
    const timeline = await screen.findByRole('table', { name: 'Temaer A–G og deres milepæle pr. kvartal' });
    const headers = () =>
      within(timeline)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent);
    const rowG = within(timeline).getByRole('row', { name: /Tema G/ });
    expect(rowG).toHaveTextContent('1 senere milepæl uden for perioden');
    expect(screen.getByText('Viser 4. kvt. 2015 til 4. kvt. 2017')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Senere' }));
    expect(headers()[1]).toBe('4. kvt. 2016 i dag');
    expect(headers().at(-1)).toBe('4. kvt. 2018');
    await user.click(screen.getByRole('button', { name: 'Senere' }));
    expect(headers()[1]).toBe('4. kvt. 2017');
    expect(within(timeline).getByText('Lægetjek evalueret')).toBeInTheDocument();
    expect(headers()).not.toContain('4. kvt. 2016 i dag');

    await user.click(screen.getByRole('button', { name: 'Tidligere' }));
    await user.click(screen.getByRole('button', { name: 'Tidligere' }));
    await user.click(screen.getByRole('button', { name: 'Tidligere' }));
    expect(headers()[1]).toBe('4. kvt. 2014');

    const all = screen.getByRole('button', { name: 'Vis alle kvartaler' });
    await user.click(all);
    expect(all).toHaveAttribute('aria-pressed', 'true');
    expect(headers()[1]).toBe('3. kvt. 2016');
    expect(headers().at(-1)).toBe('2. kvt. 2019');
    expect(headers()).toContain('4. kvt. 2016 i dag');
    expect(screen.queryByRole('button', { name: 'Tidligere' })).not.toBeInTheDocument();
  });

  it('marks late milestones with text and icon and rolls the count up on the theme', async () => {
    const data = overviewData();
    const c = data.overview.themes[1]!;
    c.lateMilestoneCount = 2;
    c.milestones = [
      milestone('ms-c1', 2016, 2, 'Projektudvikling', 'PLANNED', 'LATE'),
      milestone('ms-c2', 2016, 3, 'Aftale med herberget', 'IN_PROGRESS', 'LATE'),
    ];
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data } }, attention, noNotices] });
    const timeline = await screen.findByRole('table', { name: 'Temaer A–G og deres milepæle pr. kvartal' });
    const rowC = within(timeline).getByRole('row', { name: /Tema C/ });
    expect(within(rowC).getByRole('rowheader')).toHaveTextContent('2 forsinkede');
    const late = within(rowC).getAllByText('Forsinket');
    expect(late).toHaveLength(2);
    expect(late[0]!.closest('.timeliness')).toHaveTextContent('⚠');
    expect(within(rowC).getByText('Projektudvikling').closest('li')).toHaveTextContent('Forsinket');
  });

  it('numbers the sources once each for print and lists them as footnotes at the end', async () => {
    renderRoute(<OverviewPage />, { mocks: [{ request, result: { data: overviewData() } }, attention, noNotices] });
    const notes = await screen.findByRole('region', { name: 'Kilder' });
    const items = within(notes).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Strategi for sundhedsområdet 2016–2017, Tema C, 1.6.2016');
    expect(items[1]).toHaveTextContent('Referat, Politisk Sundhedsklynge Syd, Punkt 4, 26.4.2023');
    const budget = screen.getByRole('table', { name: 'Budgetlinjer pr. tema og år: beløb og personaletimer' });
    expect(within(budget).getByRole('button', { name: 'Kilde for Tema C 2017' }).closest('.source')).toHaveTextContent(
      /^1Kilde/,
    );
  });
});

describe("OverviewPage: answers to the director's comments on proposals", () => {
  const notice = {
    __typename: 'ProposalNotice' as const,
    commentId: 'c-1',
    proposalId: 'pr-1',
    text: 'Tema C: Sundhed for hjemløse: dit spørgsmål er besvaret',
    answeredAt: '2026-12-01T10:00:00.000Z',
  };

  it('lists the answered comments beside "Kræver opmærksomhed" and lets the director mark one as seen', async () => {
    const user = userEvent.setup();
    const { container } = renderRoute(<OverviewPage />, {
      mocks: [
        { request, result: { data: overviewData() } },
        attention,
        mocked({ request: { query: PROPOSAL_NOTICES_QUERY }, result: { data: { proposalNotices: [notice] } } }),
        mocked({
          request: { query: DISMISS_NOTICE, variables: { commentId: 'c-1' } },
          result: { data: { dismissProposalNotice: true } },
        }),
        mocked({ request: { query: PROPOSAL_NOTICES_QUERY }, result: { data: { proposalNotices: [] } } }),
      ],
    });
    const panel = await screen.findByRole('region', { name: 'Svar på dine kommentarer til forslag' });
    expect(within(panel).getByRole('link', { name: notice.text })).toHaveAttribute('href', '/forslag/pr-1');
    await screen.findByRole('heading', { name: 'Temaer og milepæle' });
    expect(await axeViolations(container)).toEqual([]);
    await user.click(within(panel).getByRole('button', { name: 'Markér som set' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Svar på dine kommentarer til forslag' })).not.toBeInTheDocument(),
    );
  });

  it('shows no notice panel when nothing was answered', async () => {
    renderRoute(<OverviewPage />, {
      mocks: [
        { request, result: { data: overviewData() } },
        attention,
        mocked({ request: { query: PROPOSAL_NOTICES_QUERY }, result: { data: { proposalNotices: [] } } }),
      ],
    });
    await screen.findByRole('heading', { name: 'Temaer og milepæle' });
    expect(screen.queryByRole('region', { name: 'Svar på dine kommentarer til forslag' })).not.toBeInTheDocument();
  });
});
