import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../test/renderRoute';
import { budgetLine, milestone, strategySource, viewer } from '../../../test/fixtures';
import { ME_QUERY } from '../auth/useViewer';
import { CREATE_MILESTONE_MUTATION, UPDATE_THEME_MUTATION } from './themeMutations';
import { ThemePage } from './ThemePage';
import { THEME_HISTORY_QUERY, THEME_QUERY, type ThemeDetailData } from './themeQueries';
import { mocked } from '../../../test/mocked';
import type { ThemeInput } from '../../__generated__/graphql';

const themeC: ThemeDetailData = {
  __typename: 'Theme',
  id: 't-C',
  code: 'C',
  title: 'Sundhed for hjemløse',
  kind: 'CITIZEN',
  status: 'AWAITING',
  timeFrame: '4. kvt. 2016',
  description: 'Sundhedsperspektiv i 6 hjemløseboliger.',
  updatedAt: '2024-01-05T10:00:00.000Z',
  version: 3,
  responsibleUnits: [{ __typename: 'OrgUnit', id: 'ou-stab', name: 'Sundhedsstaben', kind: 'STAFF_UNIT' }],
  milestones: [{ ...milestone('ms-c1', 2016, 4, 'Projektudvikling', 'PLANNED'), completedOn: null, version: 1 }],
  budgetLines: [{ ...budgetLine('bl-c1', 2017, 200_000), version: 1 }],
  source: strategySource,
};

const themeMock = mocked({
  request: { query: THEME_QUERY, variables: { id: 't-C' } },
  result: { data: { theme: themeC } },
});
const meMock = (role: Parameters<typeof viewer>[0]) =>
  mocked({
    request: { query: ME_QUERY },
    result: { data: { me: viewer(role) } },
  });

const themeChanges = [
  {
    __typename: 'ChangeEntry' as const,
    id: 'ch-2',
    changedAt: '2026-11-20T09:30:00.000Z',
    userName: 'Sara Stab',
    action: 'UPDATE',
    actionLabel: 'Ændret',
    recordType: 'MILESTONE',
    recordLabel: 'Milepæl',
    recordId: 'ms-c1',
    field: 'status',
    label: 'Status',
    oldValue: 'Planlagt',
    newValue: 'I gang',
    version: 2,
  },
  {
    __typename: 'ChangeEntry' as const,
    id: 'ch-1',
    changedAt: '2026-11-02T08:00:00.000Z',
    userName: null,
    action: 'UPDATE',
    actionLabel: 'Ændret',
    recordType: 'THEME',
    recordLabel: 'Tema',
    recordId: 't-C',
    field: 'title',
    label: 'Titel',
    oldValue: 'Hjemløse',
    newValue: 'Sundhed for hjemløse',
    version: 3,
  },
];
const historyMock = mocked({
  request: { query: THEME_HISTORY_QUERY, variables: { id: 't-C' } },
  result: { data: { theme: { __typename: 'Theme', id: 't-C', changes: themeChanges } } },
  maxUsageCount: 5,
});

function renderTheme(mocks: Parameters<typeof renderRoute>[1]['mocks'], history = [historyMock]) {
  return renderRoute(<ThemePage />, {
    path: '/temaer/t-C',
    pattern: '/temaer/:id',
    mocks: [...(mocks ?? []), ...history],
  });
}

describe('ThemePage history and timeliness', () => {
  it("shows each milestone's timeliness as text and icon", async () => {
    const late: ThemeDetailData = {
      ...themeC,
      milestones: [{ ...milestone('ms-c1', 2016, 4, 'Projektudvikling', 'PLANNED', 'LATE'), version: 1 }],
    };
    renderTheme([
      mocked({ request: { query: THEME_QUERY, variables: { id: 't-C' } }, result: { data: { theme: late } } }),
      meMock('direktoer'),
    ]);
    const table = await screen.findByRole('table', { name: 'Temaets milepæle' });
    expect(within(table).getByRole('columnheader', { name: 'Rettidighed' })).toBeInTheDocument();
    const row = within(table).getByRole('row', { name: /Projektudvikling/ });
    expect(row).toHaveTextContent('⚠ Forsinket');
  });

  it("shows the theme's history in Danish with the record kind, newest first", async () => {
    renderTheme([themeMock, meMock('direktoer')]);
    const table = await screen.findByRole('table', { name: /Ændringshistorik/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]).toHaveTextContent('Sara Stab');
    expect(rows[0]).toHaveTextContent('Milepæl');
    expect(rows[0]).toHaveTextContent('Planlagt → I gang');
    expect(rows[1]).toHaveTextContent('Tema');
    expect(rows[1]).toHaveTextContent('Hjemløse → Sundhed for hjemløse');
  });

  it('announces loading of the history, says when it is empty, and offers a retry on error', async () => {
    const user = userEvent.setup();
    const { unmount } = renderTheme(
      [themeMock, meMock('direktoer')],
      [{ ...historyMock, result: { data: { theme: { __typename: 'Theme', id: 't-C', changes: [] } } }, delay: 30 }],
    );
    const section = await screen.findByRole('region', { name: 'Ændringshistorik' });
    expect(within(section).getByRole('status')).toHaveTextContent('Henter data');
    expect(await screen.findByText('Ingen ændringer registreret.')).toBeInTheDocument();
    unmount();

    renderTheme(
      [themeMock, meMock('direktoer')],
      [{ request: historyMock.request, error: new Error('Failed to fetch') }, historyMock],
    );
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('table', { name: /Ændringshistorik/ })).toHaveTextContent('Sara Stab');
  });
});

describe('ThemePage', () => {
  it('shows the theme, its milestones and budget, read-only for the director', async () => {
    renderTheme([themeMock, meMock('direktoer')]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Tema C: Sundhed for hjemløse' })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Temaets milepæle' })).toHaveTextContent('4. kvt. 2016');
    expect(screen.getByRole('table', { name: 'Temaets budgetlinjer' })).toHaveTextContent('200.000 kr.');
    expect(screen.getByText('Senest ændret 5.1.2024')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Rediger tema' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Tilføj milepæl' })).not.toBeInTheDocument();
  });

  it('says when the theme does not exist', async () => {
    renderTheme([
      mocked({ request: { query: THEME_QUERY, variables: { id: 't-C' } }, result: { data: { theme: null } } }),
      meMock('direktoer'),
    ]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Temaet findes ikke.' })).toBeInTheDocument();
  });

  it('checks a new milestone with the shared schema before sending, naming the field', async () => {
    const user = userEvent.setup();
    renderTheme([themeMock, meMock('sundhedsstab')]);
    await user.click(await screen.findByRole('button', { name: 'Tilføj milepæl' }));
    const form = screen.getByRole('form', { name: 'Tilføj milepæl' });
    await user.type(within(form).getByLabelText('Årstal'), '1999');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Årstal skal være et årstal mellem 2000 og 2100');
    expect(summary).toHaveTextContent('Tekst skal udfyldes');
    const year = within(form).getByLabelText('Årstal');
    expect(year).toHaveAttribute('aria-invalid', 'true');
    expect(year).toHaveAccessibleDescription('Årstal skal være et årstal mellem 2000 og 2100');
  });

  it("shows the server's Danish field errors next to their fields", async () => {
    const user = userEvent.setup();
    renderTheme([
      themeMock,
      meMock('sundhedsstab'),
      mocked({
        request: {
          query: CREATE_MILESTONE_MUTATION,
          variables: {
            themeId: 't-C',
            input: {
              year: 2017,
              quarter: 2,
              date: null,
              text: 'Handlekatalog',
              status: 'PLANNED',
              completedOn: null,
              source: null,
            },
          },
        },
        result: {
          errors: [
            new GraphQLError('Oplysningerne er ikke gyldige.', {
              extensions: {
                code: 'BAD_USER_INPUT',
                fields: [{ path: 'input.quarter', message: 'Kvartal er allerede brugt af en anden milepæl' }],
              },
            }),
          ],
        },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Tilføj milepæl' }));
    const form = screen.getByRole('form', { name: 'Tilføj milepæl' });
    await user.type(within(form).getByLabelText('Årstal'), '2017');
    await user.selectOptions(within(form).getByLabelText('Kvartal'), '2');
    await user.type(within(form).getByLabelText('Tekst'), 'Handlekatalog');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Kvartal er allerede brugt af en anden milepæl');
    expect(within(form).getByLabelText('Kvartal')).toHaveAccessibleDescription(
      'Kvartal er allerede brugt af en anden milepæl',
    );
    await user.click(within(summary).getByRole('link', { name: 'Kvartal er allerede brugt af en anden milepæl' }));
    expect(within(form).getByLabelText('Kvartal')).toHaveFocus();
  });

  it('saves the theme and shows the new title', async () => {
    const user = userEvent.setup();
    const updated = { ...themeC, title: 'Sundhed for hjemløse borgere' };
    renderTheme([
      themeMock,
      meMock('sundhedsstab'),
      mocked({
        request: {
          query: UPDATE_THEME_MUTATION,
          variables: {
            id: 't-C',
            version: 3,
            input: {
              title: 'Sundhed for hjemløse borgere',
              description: themeC.description,
              status: 'AWAITING',
              timeFrame: '4. kvt. 2016',
            },
          },
        },
        result: { data: { updateTheme: { ...updated, version: 4 } } },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Rediger tema' }));
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, 'Sundhed for hjemløse borgere');
    await user.click(screen.getByRole('button', { name: 'Gem' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tema C: Sundhed for hjemløse borgere' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ændringerne er gemt.')).toBeInTheDocument();
  });

  it("on CONFLICT keeps what the user typed, shows the colleague's values and saves the user's change on top of them", async () => {
    const user = userEvent.setup();
    const theirs = {
      title: themeC.title,
      description: 'Sundhedsperspektiv i 8 hjemløseboliger.',
      status: 'IN_PROGRESS',
      timeFrame: '4. kvt. 2016',
    } satisfies ThemeInput;
    const mine = { ...theirs, title: 'Sundhed for hjemløse borgere' };
    renderTheme([
      themeMock,
      meMock('sundhedsstab'),
      mocked({
        request: {
          query: UPDATE_THEME_MUTATION,
          variables: { id: 't-C', version: 3, input: { ...mine, description: themeC.description, status: 'AWAITING' } },
        },
        result: {
          errors: [
            new GraphQLError('Temaet er ændret af en anden siden du åbnede det. Dine ændringer er ikke gemt endnu.', {
              extensions: { code: 'CONFLICT', kind: 'theme', currentVersion: 4, current: theirs },
            }),
          ],
        },
      }),
      mocked({
        request: { query: UPDATE_THEME_MUTATION, variables: { id: 't-C', version: 4, input: mine } },
        result: { data: { updateTheme: { ...themeC, ...mine, version: 5 } } },
      }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Rediger tema' }));
    const title = screen.getByLabelText('Titel');
    await user.clear(title);
    await user.type(title, mine.title);
    await user.click(screen.getByRole('button', { name: 'Gem' }));

    const panel = await screen.findByRole('alert');
    expect(panel).toHaveTextContent('Temaet er ændret af en anden siden du åbnede det');
    const changes = within(panel).getByRole('table', { name: 'Ændret af en anden i mellemtiden:' });
    expect(within(changes).getByRole('row', { name: /Beskrivelse/ })).toHaveTextContent(
      'Sundhedsperspektiv i 8 hjemløseboliger.',
    );
    expect(within(changes).getByRole('row', { name: /Status/ })).toHaveTextContent('I gang');
    expect(within(changes).queryByRole('row', { name: /Titel/ })).not.toBeInTheDocument();
    // What the user typed is still in the form.
    expect(screen.getByLabelText('Titel')).toHaveValue(mine.title);

    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Tema C: Sundhed for hjemløse borgere' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ændringerne er gemt.')).toBeInTheDocument();
  });
});
