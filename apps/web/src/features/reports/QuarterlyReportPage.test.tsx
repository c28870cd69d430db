import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { setClock } from '@sundhed/shared/clock';
import { renderRoute } from '../../../test/renderRoute';
import { mocked } from '../../../test/mocked';
import { QuarterlyReportPage } from './QuarterlyReportPage';
import { QUARTERLY_REPORT_QUERY, type QuarterlyReportData } from './reportQueries';

const report: QuarterlyReportData = {
  __typename: 'QuarterlyReport',
  year: 2026,
  quarter: 4,
  quarterLabel: '4. kvt. 2026',
  title: 'Kvartalsrapport til Social- og Sundhedsudvalget, 4. kvt. 2026',
  periodStart: '2026-10-01',
  periodEnd: '2026-12-31',
  asOf: '2027-01-01',
  themes: [
    {
      __typename: 'ReportTheme',
      id: 't-D',
      code: 'D',
      title: 'Børn med overvægt',
      statusLabel: 'Planlagt',
      dueCount: 1,
      lateCount: 1,
      doneCount: 0,
      footnote: 1,
      milestones: [
        {
          __typename: 'ReportMilestone',
          id: 'm-1',
          text: 'Handlingskatalog til godkendelse',
          due: '2026-12-31',
          timeliness: 'LATE',
          timelinessLabel: 'Forsinket',
          completedOn: null,
          footnote: null,
        },
      ],
    },
  ],
  projects: [
    {
      __typename: 'ReportProject',
      id: 'p-1',
      name: 'Nøffes Gadekøkken',
      ownerUnitName: 'Center for Socialservice',
      statusLabel: 'I gang',
      reportMissing: false,
      lateMilestoneCount: 0,
      footnote: null,
      milestones: [],
      statusReport: {
        __typename: 'QuarterStatusReport',
        colour: 'YELLOW',
        colourLabel: 'Gul',
        text: 'Færre deltagere end ventet.',
        authorName: 'Sara Sundhed',
        reportedAt: '2026-12-10T09:00:00.000Z',
        footnote: 2,
      },
    },
    {
      __typename: 'ReportProject',
      id: 'p-2',
      name: 'Rygestopkurser',
      ownerUnitName: null,
      statusLabel: 'I gang',
      reportMissing: true,
      lateMilestoneCount: 0,
      footnote: null,
      milestones: [],
      statusReport: null,
    },
  ],
  lateItems: [
    {
      __typename: 'ReportLateItem',
      id: 'LATE_MILESTONE:m-1',
      kind: 'LATE_MILESTONE',
      kindLabel: 'Forsinket milepæl',
      title: 'Handlingskatalog til godkendelse (D: Børn med overvægt)',
      date: '2026-12-31',
      route: '/temaer/t-D',
      footnote: 3,
    },
  ],
  indicators: [
    {
      __typename: 'ReportIndicator',
      id: 'v-1',
      projectName: 'Nøffes Gadekøkken',
      name: 'Deltagere',
      unit: 'deltagere',
      baseline: 0,
      target: 40,
      periodLabel: '4. kvt. 2026',
      value: 23.5,
      footnote: 2,
      targetFootnote: null,
    },
  ],
  budget: [
    {
      __typename: 'ReportBudgetLine',
      id: 'b-1',
      ownerLabel: 'Nøffes Gadekøkken',
      description: 'Holdledere',
      amountKr: 100000,
      actualKr: 125000,
      differenceKr: -25000,
      footnote: 1,
      actualFootnote: 2,
    },
  ],
  budgetTotal: {
    __typename: 'ReportBudgetTotal',
    amountKr: 100000,
    actualKr: 125000,
    differenceKr: -25000,
    footnote: 4,
  },
  footnotes: [
    { __typename: 'ReportFootnote', number: 1, text: 'Strategi for sundhedsudvikling 2016-2017, Tema D', url: null },
    {
      __typename: 'ReportFootnote',
      number: 2,
      text: 'Budgetopfølgning 4. kvt. 2026',
      url: 'https://example.org/b.pdf',
    },
    { __typename: 'ReportFootnote', number: 3, text: 'Beregnet af Sundhedsoverblik: forsinket …', url: null },
    { __typename: 'ReportFootnote', number: 4, text: 'Beregnet af Sundhedsoverblik: summen …', url: null },
  ],
};

const q4 = { query: QUARTERLY_REPORT_QUERY, variables: { year: 2026, quarter: 4 } };
const path = '/rapporter/kvartal';

beforeEach(() => setClock('2027-01-15T09:00:00.000Z'));
afterEach(() => setClock(null));

describe('QuarterlyReportPage', () => {
  it('announces loading, then shows the last finished quarter with sections, tables and numbered sources', async () => {
    renderRoute(<QuarterlyReportPage />, {
      path,
      mocks: [mocked({ request: q4, result: { data: { quarterlyReport: report } }, delay: 20 })],
    });
    expect(screen.getByRole('status')).toHaveTextContent('Henter kvartalsrapporten');
    expect(
      screen.getByRole('heading', { level: 1, name: 'Kvartalsrapport til Social- og Sundhedsudvalget, 4. kvt. 2026' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent PDF' })).toHaveAttribute(
      'href',
      '/api/reports/quarterly.pdf?year=2026&quarter=4',
    );
    const themes = await screen.findByRole('region', { name: 'Temaer og milepæle' });
    // The quarter's last day, not the day after it that the late rules are judged on.
    expect(
      screen.getByText(
        'Status for temaer og projekter på sundhedsområdet i 4. kvt. 2026, opgjort ved kvartalets afslutning (31.12.2026).',
      ),
    ).toBeInTheDocument();
    const lateRow = within(themes).getByRole('row', { name: /Handlingskatalog/ });
    expect(lateRow).toHaveTextContent('Forsinket');
    expect(lateRow).toHaveTextContent('(kilde ikke oplyst)');
    const projects = screen.getByRole('region', { name: 'Projekter og statusrapporter' });
    expect(within(projects).getByRole('row', { name: /Nøffes Gadekøkken/ })).toHaveTextContent(
      'Gul: Færre deltagere end ventet.',
    );
    expect(within(projects).getByRole('row', { name: /Rygestopkurser/ })).toHaveTextContent(
      'Ingen statusrapport for 4. kvt. 2026',
    );
    const budget = screen.getByRole('region', { name: 'Budget og forbrug 2026' });
    expect(within(budget).getByRole('row', { name: /Holdledere/ })).toHaveTextContent('-25.000 kr.');
    expect(within(screen.getByRole('region', { name: 'Indikatorer' })).getByText(/23,5 deltagere/)).toBeInTheDocument();
    const sources = screen.getByRole('region', { name: 'Kilder' });
    expect(within(sources).getAllByRole('listitem')).toHaveLength(4);
    expect(within(budget).getAllByRole('link', { name: 'Kilde 2' })[0]).toHaveAttribute('href', '#kilde-2');
  });

  it('changes quarter from the chooser and fetches that quarter', async () => {
    const user = userEvent.setup();
    const q2 = { query: QUARTERLY_REPORT_QUERY, variables: { year: 2025, quarter: 2 } };
    const earlier = {
      ...report,
      year: 2025,
      quarter: 2,
      quarterLabel: '2. kvt. 2025',
      title: 'Kvartalsrapport til Social- og Sundhedsudvalget, 2. kvt. 2025',
      periodStart: '2025-04-01',
      periodEnd: '2025-06-30',
      asOf: '2025-07-01',
    };
    renderRoute(<QuarterlyReportPage />, {
      path,
      mocks: [
        mocked({ request: q4, result: { data: { quarterlyReport: report } } }),
        mocked({ request: q2, result: { data: { quarterlyReport: earlier } } }),
      ],
    });
    await screen.findByRole('region', { name: 'Kilder' });
    await user.selectOptions(screen.getByLabelText('År'), '2025');
    await user.selectOptions(screen.getByLabelText('Kvartal'), '2');
    await user.click(screen.getByRole('button', { name: 'Vis rapport' }));
    expect(await screen.findByRole('heading', { level: 1, name: /2\. kvt\. 2025$/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Hent PDF' })).toHaveAttribute(
      'href',
      '/api/reports/quarterly.pdf?year=2025&quarter=2',
    );
    await screen.findByRole('region', { name: 'Kilder' });
    expect(screen.getByText(/opgjort ved kvartalets afslutning \(30\.6\.2025\)\.$/)).toBeInTheDocument();
  });

  it('says so when there is nothing to report', async () => {
    const empty = { ...report, themes: [], projects: [], lateItems: [], indicators: [], budget: [], footnotes: [] };
    renderRoute(<QuarterlyReportPage />, {
      path,
      mocks: [mocked({ request: q4, result: { data: { quarterlyReport: empty } } })],
    });
    expect(
      await screen.findByText('Der er ingen temaer, projekter eller budgetlinjer at rapportere for kvartalet.'),
    ).toBeInTheDocument();
  });

  it('shows the API’s Danish message for a quarter that has not ended, and retries a failed fetch', async () => {
    const user = userEvent.setup();
    const q1 = { query: QUARTERLY_REPORT_QUERY, variables: { year: 2027, quarter: 1 } };
    renderRoute(<QuarterlyReportPage />, {
      path: `${path}?aar=2027&kvartal=1`,
      pattern: path,
      mocks: [
        mocked({
          request: q1,
          result: {
            errors: [
              new GraphQLError('Ugyldigt input. 1. kvt. 2027 er ikke slut endnu; vælg et afsluttet kvartal.', {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            ],
          },
        }),
        mocked({ request: q1, result: { data: { quarterlyReport: report } } }),
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('1. kvt. 2027 er ikke slut endnu');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByRole('region', { name: 'Kilder' })).toBeInTheDocument());
  });
});
