import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { viewer } from '../../../../test/fixtures';
import { ME_QUERY } from '../../auth/useViewer';
import { ProjectPage } from './ProjectPage';
import { PROJECT_DETAIL_QUERY, type ProjectDetailData } from './projectPageQueries';
import { coolKids, emptyProject } from './projectFixtures';

const meMock = (role: Parameters<typeof viewer>[0]) =>
  mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer(role) } } });
const projectMock = (project: ProjectDetailData | null, id = 'p-cool') =>
  mocked({ request: { query: PROJECT_DETAIL_QUERY, variables: { id } }, result: { data: { project } } });

function renderProject(mocks: Parameters<typeof renderRoute>[1]['mocks'], id = 'p-cool') {
  return renderRoute(<ProjectPage />, { path: `/projekter/${id}`, pattern: '/projekter/:id', mocks });
}

describe('ProjectPage', () => {
  it('says that it is loading', async () => {
    renderProject([{ ...projectMock(coolKids), delay: 50 }, meMock('direktoer')]);
    expect(screen.getByRole('status')).toHaveTextContent('Henter data …');
    expect(await screen.findByRole('heading', { level: 1, name: 'CoolKids' })).toBeInTheDocument();
  });

  it('shows an error with a retry button', async () => {
    renderProject([
      { request: { query: PROJECT_DETAIL_QUERY, variables: { id: 'p-cool' } }, error: new Error('Failed to fetch') },
      meMock('direktoer'),
    ]);
    expect(await screen.findByText('Data kunne ikke hentes')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
  });

  it('says when the project does not exist (or is not the caller’s)', async () => {
    renderProject([projectMock(null), meMock('projektleder')]);
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Projektet findes ikke, eller du har ikke adgang til det.',
      }),
    ).toBeInTheDocument();
  });

  it('shows each section’s empty state and the facts no document states', async () => {
    renderProject([projectMock(emptyProject, 'p-empty'), meMock('direktoer')], 'p-empty');
    expect(await screen.findByRole('heading', { level: 1, name: 'Nyt projekt' })).toBeInTheDocument();
    expect(screen.getByText('Der er ingen ejerskabshistorik.')).toBeInTheDocument();
    expect(screen.getByText('Projektet har ingen tilbud.')).toBeInTheDocument();
    expect(screen.getByText('Projektet har ingen milepæle endnu.')).toBeInTheDocument();
    expect(screen.getByText('Projektet har ingen budgetlinjer endnu.')).toBeInTheDocument();
    expect(screen.getByText('Der er ingen statusrapporter endnu.')).toBeInTheDocument();
    expect(screen.getByText('Projektet har ingen indikatorer endnu.')).toBeInTheDocument();
    expect(screen.getByText('Ingen statusrapport endnu')).toBeInTheDocument();
    const purpose = screen.getByRole('region', { name: 'Formål og målgruppe' });
    expect(within(purpose).getAllByText('Ikke oplyst i dokumenterne')).toHaveLength(3); // Formål, Målgruppe, heading
    expect(within(purpose).getByRole('list')).toHaveTextContent('Indikatorer');
    const evaluation = screen.getByRole('region', { name: 'Evaluering' });
    expect(within(evaluation).getAllByText('Ikke oplyst i dokumenterne')).toHaveLength(4);
  });

  it('states each fact no document gives once (Fars køkkenskole: purpose, target group and evaluation)', async () => {
    const fars: ProjectDetailData = {
      ...emptyProject,
      id: 'p-fars',
      name: 'Fars køkkenskole',
      missingFacts: [
        'Formål',
        'Målgruppe',
        'Tema',
        'Startdato',
        'Milepæle',
        'Budget',
        'Indikatorer',
        'Statusrapporter',
        'Evaluering',
      ],
    };
    renderProject([projectMock(fars, 'p-fars'), meMock('direktoer')], 'p-fars');
    const purpose = await screen.findByRole('region', { name: 'Formål og målgruppe' });
    // Purpose and target group say so where they stand, and the evaluation in its own section: the list
    // under the heading names only the rest, each once, without repeating the heading after each name.
    const listed = within(within(purpose).getByRole('list')).getAllByRole('listitem');
    expect(listed.map((li) => li.textContent)).toEqual([
      'Tema',
      'Startdato',
      'Milepæle',
      'Budget',
      'Indikatorer',
      'Statusrapporter',
    ]);
    expect(within(purpose).getAllByText('Ikke oplyst i dokumenterne')).toHaveLength(3);
  });

  it('shows every section of the project, read-only for the director', async () => {
    renderProject([projectMock(coolKids), meMock('direktoer')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'CoolKids' })).toBeInTheDocument();
    const facts = screen.getByRole('region', { name: 'Om projektet' });
    expect(facts).toHaveTextContent('Center for Børn og Familier');
    expect(facts).toHaveTextContent('Rød (3. kvt. 2026)');
    expect(facts).toHaveTextContent('1 forsinket milepæl');
    expect(within(facts).getByRole('link', { name: 'Tema B: Mental sundhed' })).toHaveAttribute('href', '/temaer/t-B');
    expect(screen.getByRole('button', { name: 'Kilde for Formål: CoolKids' })).toBeInTheDocument();

    const ownership = screen.getByRole('table', { name: 'Hvem har ejet projektet hvornår' });
    expect(within(ownership).getByRole('row', { name: /Center for Børn og Familier/ })).toHaveTextContent(
      '1.1.2017NuDrift overgik til centrene i 2017',
    );
    expect(screen.getByRole('link', { name: 'CoolKids – angstforløb' })).toHaveAttribute('href', '/tilbud/o-cool');

    const milestones = screen.getByRole('table', { name: 'Projektets milepæle' });
    expect(within(milestones).getByRole('row', { name: /2\. kvt\. 2017/ })).toHaveTextContent('Forsinket');
    expect(within(milestones).getByRole('row', { name: /1\. kvt\. 2018/ })).toHaveTextContent(
      'Færdig for sent 14.5.2018',
    );

    const budget = screen.getByRole('table', { name: 'Projektets budgetlinjer' });
    expect(budget).toHaveTextContent('250.000 kr.');
    expect(budget).toHaveTextContent('275.000 kr.');
    expect(budget).toHaveTextContent('Over budget');

    const reports = screen.getByRole('table', { name: 'Statusrapporter pr. kvartal' });
    expect(within(reports).getByRole('row', { name: /3\. kvt\. 2026/ })).toHaveTextContent(
      'RødFor få deltagere på andet hold.Sara Stab',
    );

    const values = screen.getByRole('table', { name: 'Målte værdier for Deltagere' });
    expect(values).toHaveTextContent('2. kvt. 202618 deltagereTo hold');
    expect(screen.getByRole('article', { name: 'Deltagere (deltagere)' })).toHaveTextContent('Mål40');

    expect(screen.getAllByRole('region', { name: 'Ændringshistorik' })[0]).toHaveTextContent(
      'Sara StabStatusrapportOprettet',
    );

    expect(screen.queryByRole('link', { name: 'Rediger projekt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj milepæl' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj statusrapport' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj målt værdi for Deltagere' })).not.toBeInTheDocument();
  });

  it('gives the staff unit the edit, move and close pages and every form', async () => {
    renderProject([projectMock(coolKids), meMock('sundhedsstab')]);
    const actions = await screen.findByRole('navigation', { name: 'Handlinger på projektet' });
    expect(within(actions).getByRole('link', { name: 'Rediger projekt' })).toHaveAttribute(
      'href',
      '/projekter/p-cool/rediger',
    );
    expect(within(actions).getByRole('link', { name: 'Flyt til anden enhed' })).toHaveAttribute(
      'href',
      '/projekter/p-cool/flyt',
    );
    expect(within(actions).getByRole('link', { name: 'Luk projekt' })).toHaveAttribute('href', '/projekter/p-cool/luk');
    expect(screen.getByRole('button', { name: 'Tilføj milepæl' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tilføj budgetlinje' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tilføj indikator' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Rediger indikatoren Deltagere' })).toBeInTheDocument();
  });

  it('lets the owning unit’s project lead write status reports and values, but not edit the project', async () => {
    const user = userEvent.setup();
    renderProject([projectMock({ ...coolKids, theme: null, changes: [] }), meMock('projektleder')]);
    await user.click(await screen.findByRole('button', { name: 'Tilføj statusrapport' }));
    expect(screen.getByRole('form', { name: 'Tilføj statusrapport' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Tilføj målt værdi for Deltagere' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Rediger projekt' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj milepæl' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj indikator' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Ændringshistorik' })).not.toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Om projektet' })).not.toHaveTextContent('Intet tema');
  });
});
