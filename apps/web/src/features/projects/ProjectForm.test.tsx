import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route } from 'react-router';
import { renderRoute } from '../../../test/renderRoute';
import { strategySource, viewer } from '../../../test/fixtures';
import { mocked } from '../../../test/mocked';
import { ME_QUERY } from '../auth/useViewer';
import { CloseProjectPage } from './CloseProjectPage';
import { MoveProjectPage } from './MoveProjectPage';
import { ProjectFormPage } from './ProjectFormPage';
import { PROJECT_FORM_QUERY, type EditableProject } from './portfolioQueries';
import { PROJECT_OPTIONS_QUERY } from './projectOptions';
import {
  CLOSE_PROJECT_MUTATION,
  CREATE_PROJECT_MUTATION,
  MOVE_PROJECT_MUTATION,
  UPDATE_PROJECT_MUTATION,
} from './projectMutations';

const coolKids: EditableProject = {
  __typename: 'Project',
  id: 'p-cool',
  name: 'CoolKids',
  description: null,
  status: 'IN_PROGRESS',
  purpose: 'Angstbehandling for børn',
  purposeSource: strategySource,
  targetGroup: null,
  targetGroupSource: null,
  theme: { __typename: 'Theme', id: 't-C' },
  ownerUnit: { __typename: 'OrgUnit', id: 'ou-soc', name: 'Center for Socialservice' },
  startDate: '2017-01-01',
  endDate: null,
  closedOn: null,
  closedReason: null,
  evaluationMethod: null,
  evaluationResult: null,
  evaluationDate: null,
  evaluationUrl: null,
  evaluationSource: null,
  source: null,
  version: 3,
};

const meMock = mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('sundhedsstab') } } });
const optionsMock = mocked({
  request: { query: PROJECT_OPTIONS_QUERY },
  result: {
    data: {
      orgUnits: [
        { __typename: 'OrgUnit', id: 'ou-soc', name: 'Center for Socialservice' },
        { __typename: 'OrgUnit', id: 'ou-stab', name: 'Sundhedsstaben' },
      ],
      themes: [{ __typename: 'Theme', id: 't-C', code: 'C', title: 'Sundhed for hjemløse' }],
    },
  },
});
const projectMock = mocked({
  request: { query: PROJECT_FORM_QUERY, variables: { id: 'p-cool' } },
  result: { data: { project: coolKids } },
  delay: 10,
});
const projectPage = <Route key="p" path="/projekter/:id" element={<h1>Projektsiden</h1>} />;

function renderAt(
  path: string,
  pattern: string,
  element: React.ReactElement,
  mocks: Parameters<typeof renderRoute>[1]['mocks'],
) {
  return renderRoute(element, { path, pattern, mocks: [meMock, optionsMock, ...(mocks ?? [])], extra: [projectPage] });
}

describe('ProjectFormPage', () => {
  it('refuses a project without a name or owner with a Danish message per field, and sends nothing', async () => {
    const user = userEvent.setup();
    renderAt('/projekter/ny', '/projekter/ny', <ProjectFormPage />, []);
    expect(screen.getByRole('heading', { level: 1, name: 'Opret projekt' })).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Startdato/), '30.2.2027');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Projektet er ikke gemt. Ret dette:');
    expect(within(summary).getByRole('link', { name: 'Navn skal udfyldes' })).toHaveAttribute(
      'href',
      '#project-new-name',
    );
    expect(within(summary).getByRole('link', { name: 'Ejer skal udfyldes' })).toBeInTheDocument();
    expect(within(summary).getByRole('link', { name: 'Startdato findes ikke i kalenderen' })).toBeInTheDocument();
    expect(screen.getByLabelText('Navn')).toHaveAccessibleDescription('Navn skal udfyldes');
    expect(screen.getByLabelText('Ejer')).toHaveAttribute('aria-invalid', 'true');
    // What the user typed stays.
    expect(screen.getByLabelText(/^Startdato/)).toHaveValue('30.2.2027');
  });

  it('keeps a source with an error open, so the error summary reaches its field', async () => {
    const user = userEvent.setup();
    renderAt('/projekter/ny', '/projekter/ny', <ProjectFormPage />, []);
    const summary = screen.getByText('Kilde til projektet', { selector: 'summary' });
    await user.click(summary);
    const source = screen.getByRole('group', { name: 'Kilde til projektet' });
    await user.type(within(source).getByLabelText(/^Note/), 'Aftalt på møde');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    const errors = await screen.findByRole('alert');
    const link = within(errors).getByRole('link', { name: 'Titel skal have en titel eller et link' });
    expect(link).toHaveAttribute('href', '#project-new-source-title');
    await user.click(summary); // trying to fold it away
    expect(summary.closest('details')).toHaveAttribute('open');
    expect(within(source).getByLabelText(/^Dokument eller beslutning/)).toHaveAccessibleDescription(
      /Titel skal have en titel eller et link/,
    );
  });

  it('creates a project with a Danish date and goes to its page', async () => {
    const user = userEvent.setup();
    renderAt('/projekter/ny', '/projekter/ny', <ProjectFormPage />, [
      mocked({
        request: {
          query: CREATE_PROJECT_MUTATION,
          variables: (v) =>
            v.input.name === 'Røgfri fremtid' &&
            v.input.ownerUnitId === 'ou-stab' &&
            v.input.themeId === 't-C' &&
            v.input.startDate === '2027-02-15' &&
            v.input.purposeSource?.title === 'Byrådsbeslutning',
        },
        result: { data: { createProject: { ...coolKids, id: 'p-new', name: 'Røgfri fremtid', version: 1 } } },
      }),
    ]);
    await user.type(screen.getByLabelText('Navn'), 'Røgfri fremtid');
    await screen.findByRole('option', { name: 'Sundhedsstaben' });
    await user.selectOptions(screen.getByLabelText('Ejer'), 'Sundhedsstaben');
    await user.selectOptions(screen.getByLabelText(/^Tema/), 'C: Sundhed for hjemløse');
    await user.type(screen.getByLabelText(/^Startdato/), '15.2.2027');
    // The sources are folded away until opened.
    await user.click(screen.getByText('Kilde til formålet', { selector: 'summary' }));
    const purposeSource = screen.getByRole('group', { name: 'Kilde til formålet' });
    await user.type(within(purposeSource).getByLabelText(/^Dokument eller beslutning/), 'Byrådsbeslutning');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(await screen.findByRole('heading', { name: 'Projektsiden' })).toBeInTheDocument();
  });

  it('shows loading, then an error with retry, for a project to edit', async () => {
    const user = userEvent.setup();
    renderAt('/projekter/p-cool/rediger', '/projekter/:id/rediger', <ProjectFormPage />, [
      mocked({
        request: { query: PROJECT_FORM_QUERY, variables: { id: 'p-cool' } },
        error: new Error('Failed to fetch'),
      }),
      projectMock,
    ]);
    expect(screen.getByText('Henter projektet …')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Ret projektet CoolKids' })).toBeInTheDocument();
  });

  it('says when the project does not exist', async () => {
    renderAt('/projekter/p-x/rediger', '/projekter/:id/rediger', <ProjectFormPage />, [
      mocked({ request: { query: PROJECT_FORM_QUERY, variables: { id: 'p-x' } }, result: { data: { project: null } } }),
    ]);
    expect(await screen.findByText('Projektet findes ikke, eller du har ikke adgang til det.')).toBeInTheDocument();
  });

  it("on CONFLICT keeps what the user typed, shows the colleague's values and saves on top of them", async () => {
    const user = userEvent.setup();
    const theirs = {
      name: 'CoolKids',
      ownerUnitId: 'ou-soc',
      description: 'Kognitiv adfærdsterapi',
      purpose: 'Angstbehandling for børn',
      targetGroup: null,
      themeId: 't-C',
      status: 'PAUSED',
      startDate: '2017-01-01',
      endDate: null,
      evaluationMethod: null,
      evaluationResult: null,
      evaluationDate: null,
      evaluationUrl: null,
    };
    renderAt('/projekter/p-cool/rediger', '/projekter/:id/rediger', <ProjectFormPage />, [
      projectMock,
      mocked({
        request: {
          query: UPDATE_PROJECT_MUTATION,
          variables: (v) => v.version === 3 && v.input.name === 'CoolKids Ishøj',
        },
        result: {
          errors: [
            new GraphQLError(
              'Projektet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.',
              {
                extensions: { code: 'CONFLICT', kind: 'project', currentVersion: 4, current: theirs },
              },
            ),
          ],
        },
      }),
      mocked({
        request: {
          query: UPDATE_PROJECT_MUTATION,
          variables: (v) =>
            v.version === 4 &&
            v.input.name === 'CoolKids Ishøj' &&
            v.input.status === 'PAUSED' &&
            v.input.description === 'Kognitiv adfærdsterapi',
        },
        result: { data: { updateProject: { ...coolKids, name: 'CoolKids Ishøj', version: 5 } } },
      }),
    ]);
    const name = await screen.findByLabelText('Navn');
    await user.clear(name);
    await user.type(name, 'CoolKids Ishøj');
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Projektet er ændret af en anden');
    const changes = within(panel).getByRole('table');
    expect(within(changes).getByRole('row', { name: /Status/ })).toHaveTextContent('Sat på pause');
    expect(within(changes).getByRole('row', { name: /Beskrivelse/ })).toHaveTextContent('Kognitiv adfærdsterapi');
    expect(screen.getByLabelText('Navn')).toHaveValue('CoolKids Ishøj');

    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    expect(await screen.findByRole('heading', { name: 'Projektsiden' })).toBeInTheDocument();
  });
});

describe('MoveProjectPage', () => {
  it("shows the API's message when the unit already owns the project, then moves it", async () => {
    const user = userEvent.setup();
    renderAt('/projekter/p-cool/flyt', '/projekter/:id/flyt', <MoveProjectPage />, [
      projectMock,
      mocked({
        request: { query: MOVE_PROJECT_MUTATION, variables: (v) => v.input.toUnitId === 'ou-soc' },
        result: {
          errors: [
            new GraphQLError('Ugyldigt input', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ path: 'input.toUnitId', message: 'Projektet ejes allerede af Center for Socialservice' }],
              },
            }),
          ],
        },
      }),
      mocked({
        request: {
          query: MOVE_PROJECT_MUTATION,
          variables: (v) =>
            v.version === 3 &&
            v.input.toUnitId === 'ou-stab' &&
            v.input.date === '2027-02-15' &&
            v.input.reason === 'Ny organisering',
        },
        result: {
          data: {
            moveProject: {
              ...coolKids,
              ownerUnit: { __typename: 'OrgUnit', id: 'ou-stab', name: 'Sundhedsstaben' },
              version: 4,
              ownership: [],
            },
          },
        },
      }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Flyt projektet CoolKids' })).toBeInTheDocument();
    expect(screen.getByText('Ejes nu af Center for Socialservice')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Flyt projektet' }));
    let summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Ny ejer skal udfyldes');
    expect(summary).toHaveTextContent('Begrundelse skal udfyldes');

    await screen.findByRole('option', { name: 'Sundhedsstaben' });
    await user.selectOptions(screen.getByLabelText('Ny ejer'), 'Center for Socialservice');
    await user.type(screen.getByLabelText('Begrundelse'), 'Ny organisering');
    await user.click(screen.getByRole('button', { name: 'Flyt projektet' }));
    await waitFor(() =>
      expect(screen.getByLabelText('Ny ejer')).toHaveAccessibleDescription(
        'Projektet ejes allerede af Center for Socialservice',
      ),
    );
    summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Projektet ejes allerede af Center for Socialservice');

    await user.selectOptions(screen.getByLabelText('Ny ejer'), 'Sundhedsstaben');
    await user.type(screen.getByLabelText(/^Den nye ejer overtager den/), '15.2.2027');
    await user.click(screen.getByRole('button', { name: 'Flyt projektet' }));
    expect(await screen.findByRole('heading', { name: 'Projektsiden' })).toBeInTheDocument();
  });
});

describe('CloseProjectPage', () => {
  it('asks how and why, then closes the project', async () => {
    const user = userEvent.setup();
    renderAt('/projekter/p-cool/luk', '/projekter/:id/luk', <CloseProjectPage />, [
      projectMock,
      mocked({
        request: {
          query: CLOSE_PROJECT_MUTATION,
          variables: {
            id: 'p-cool',
            version: 3,
            input: { status: 'CANCELLED', closedOn: null, reason: 'Ingen deltagere' },
          },
        },
        result: {
          data: { closeProject: { ...coolKids, status: 'CANCELLED', closedOn: '2026-12-04', version: 4 } },
        },
      }),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Luk projektet CoolKids' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Luk projektet' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Status skal være Færdig eller Aflyst');
    expect(summary).toHaveTextContent('Begrundelse skal udfyldes');
    await user.click(screen.getByLabelText('Aflyst'));
    await user.type(screen.getByLabelText('Begrundelse'), 'Ingen deltagere');
    await user.click(screen.getByRole('button', { name: 'Luk projektet' }));
    expect(await screen.findByRole('heading', { name: 'Projektsiden' })).toBeInTheDocument();
  });
});
