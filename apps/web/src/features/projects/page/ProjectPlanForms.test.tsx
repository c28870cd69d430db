// The theme page's milestone and budget line forms, used for a project (parent = project).
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { BudgetLineForm } from '../../themes/BudgetLineForm';
import { MilestoneForm } from '../../themes/MilestoneForm';
import {
  CREATE_PROJECT_BUDGET_LINE_MUTATION,
  CREATE_PROJECT_MILESTONE_MUTATION,
  UPDATE_BUDGET_LINE_MUTATION,
  UPDATE_MILESTONE_MUTATION,
} from '../../themes/themeMutations';
import { lateMilestone, projectBudgetLine } from './projectFixtures';

const parent = { kind: 'project', id: 'p-cool' } as const;
const storedSource = {
  title: 'Strategi for sundhedsområdet 2016–2017',
  section: 'Tema C',
  date: '2016-06-01',
  url: null,
  note: 'Sundhedskoordinator 15 t/uge',
};

describe('MilestoneForm for a project', () => {
  it('refuses days that do not exist, naming the date and the completion day', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<MilestoneForm parent={parent} onDone={onDone} />, { mocks: [] });
    const form = screen.getByRole('form', { name: 'Tilføj milepæl' });
    await user.type(within(form).getByLabelText('Årstal'), '2027');
    await user.type(within(form).getAllByLabelText(/^Dato/)[0]!, '30.2.2027');
    await user.type(within(form).getByLabelText('Tekst'), 'Første hold');
    await user.type(within(form).getByLabelText(/^Færdig den/), '31.4.2027');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Dato findes ikke i kalenderen');
    expect(summary).toHaveTextContent('Færdig den findes ikke i kalenderen');
    expect(within(form).getByLabelText(/^Færdig den/)).toHaveAccessibleDescription(
      /Færdig den findes ikke i kalenderen/,
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('adds a milestone to the project with a Danish date and its source', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const input = {
      year: 2027,
      quarter: null,
      date: '2027-02-15',
      text: 'Første hold',
      status: 'PLANNED' as const,
      completedOn: null,
      source: { title: 'Styregruppereferat', section: null, date: null, url: null, note: null },
    };
    renderRoute(<MilestoneForm parent={parent} onDone={onDone} />, {
      mocks: [
        mocked({
          request: { query: CREATE_PROJECT_MILESTONE_MUTATION, variables: { projectId: 'p-cool', input } },
          result: {
            data: {
              createProjectMilestone: {
                ...lateMilestone,
                id: 'pm-3',
                year: 2027,
                quarter: null,
                date: '2027-02-15',
                text: 'Første hold',
                status: 'PLANNED',
                timeliness: 'UPCOMING',
                timelinessLabel: 'Til tiden',
                source: null,
              },
            },
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Tilføj milepæl' });
    await user.type(within(form).getByLabelText('Årstal'), '2027');
    await user.type(within(form).getAllByLabelText(/^Dato/)[0]!, '15.2.2027');
    await user.type(within(form).getByLabelText('Tekst'), 'Første hold');
    await user.type(within(form).getByLabelText(/Dokument eller beslutning/), 'Styregruppereferat');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it("on CONFLICT keeps the typed text, shows the colleague's status and saves on top of it", async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const base = { year: 2017, quarter: 2, date: null, status: 'IN_PROGRESS' as const, completedOn: null };
    const theirs = { ...base, text: lateMilestone.text, status: 'DONE', completedOn: '2017-07-01' };
    renderRoute(<MilestoneForm parent={parent} milestone={lateMilestone} onDone={onDone} />, {
      mocks: [
        mocked({
          request: {
            query: UPDATE_MILESTONE_MUTATION,
            variables: {
              id: 'pm-1',
              version: 1,
              input: { ...base, text: 'Første hold færdigt', source: storedSource },
            },
          },
          result: {
            errors: [
              new GraphQLError('Milepælen er ændret af en anden siden du åbnede den.', {
                extensions: { code: 'CONFLICT', currentVersion: 2, current: theirs },
              }),
            ],
          },
        }),
        mocked({
          request: {
            query: UPDATE_MILESTONE_MUTATION,
            variables: {
              id: 'pm-1',
              version: 2,
              input: {
                ...base,
                status: 'DONE',
                completedOn: '2017-07-01',
                text: 'Første hold færdigt',
                source: storedSource,
              },
            },
          },
          result: {
            data: {
              updateMilestone: {
                ...lateMilestone,
                text: 'Første hold færdigt',
                status: 'DONE',
                version: 3,
              },
            },
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Rediger milepæl' });
    await user.clear(within(form).getByLabelText('Tekst'));
    await user.type(within(form).getByLabelText('Tekst'), 'Første hold færdigt');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const panel = await within(form).findByRole('alert');
    expect(within(panel).getByRole('row', { name: /Status/ })).toHaveTextContent('Færdig');
    expect(within(panel).getByRole('row', { name: /Færdig den/ })).toHaveTextContent('1.7.2017');
    expect(within(form).getByLabelText('Tekst')).toHaveValue('Første hold færdigt');
    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
    expect(within(form).getByLabelText(/^Færdig den/)).toHaveValue('2017-07-01');
  });
});

describe('BudgetLineForm for a project', () => {
  it('asks for an amount or hours even when actual spend is given', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<BudgetLineForm parent={parent} onDone={onDone} />, { mocks: [] });
    const form = screen.getByRole('form', { name: 'Tilføj budgetlinje' });
    await user.type(within(form).getByLabelText('Årstal'), '2027');
    await user.type(within(form).getByLabelText('Beskrivelse'), 'Instruktører');
    await user.type(within(form).getByLabelText(/^Forbrug/), '120.000');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Beløb angiv et beløb eller et antal personaletimer');
    expect(within(form).getByLabelText(/^Forbrug/)).toHaveValue('120.000');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('adds a line with actual spend and its source to the project', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const input = {
      year: 2027,
      description: 'Instruktører',
      amountKr: 100_000,
      staffHours: null,
      hoursUnit: null,
      fundingSource: null,
      source: null,
      actualKr: 120_000,
      actualSource: { title: 'Økonomiudtræk 2027', section: null, date: null, url: null, note: null },
    };
    renderRoute(<BudgetLineForm parent={parent} onDone={onDone} />, {
      mocks: [
        mocked({
          request: { query: CREATE_PROJECT_BUDGET_LINE_MUTATION, variables: { projectId: 'p-cool', input } },
          result: { data: { createProjectBudgetLine: { ...projectBudgetLine, id: 'pb-2', year: 2027 } } },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Tilføj budgetlinje' });
    await user.type(within(form).getByLabelText('Årstal'), '2027');
    await user.type(within(form).getByLabelText('Beskrivelse'), 'Instruktører');
    await user.type(within(form).getByLabelText(/^Beløb/), '100.000');
    await user.type(within(form).getByLabelText(/^Forbrug/), '120.000');
    const actualSource = within(form).getByRole('group', { name: 'Kilde for forbruget' });
    await user.type(within(actualSource).getByLabelText(/Dokument eller beslutning/), 'Økonomiudtræk 2027');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it("on CONFLICT keeps the typed amount and shows the colleague's actual spend", async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const financeSource = {
      title: 'Økonomiafdelingens udtræk 2018',
      section: 'Tema C',
      date: '2016-06-01',
      url: null,
      note: 'Sundhedskoordinator 15 t/uge',
    };
    const stored = {
      year: 2018,
      description: 'Instruktører',
      staffHours: 10,
      hoursUnit: 'PER_WEEK' as const,
      fundingSource: 'Puljemidler',
      source: storedSource,
      actualSource: financeSource,
    };
    renderRoute(<BudgetLineForm parent={parent} line={projectBudgetLine} onDone={onDone} />, {
      mocks: [
        mocked({
          request: {
            query: UPDATE_BUDGET_LINE_MUTATION,
            variables: { id: 'pb-1', version: 1, input: { ...stored, amountKr: 300_000, actualKr: 275_000 } },
          },
          result: {
            errors: [
              new GraphQLError('Budgetlinjen er ændret af en anden siden du åbnede den.', {
                extensions: {
                  code: 'CONFLICT',
                  currentVersion: 2,
                  current: { ...stored, amountKr: 250_000, actualKr: 280_000 },
                },
              }),
            ],
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Rediger budgetlinje' });
    const amount = within(form).getByLabelText(/^Beløb/);
    await user.clear(amount);
    await user.type(amount, '300000');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const panel = await within(form).findByRole('alert');
    expect(within(panel).getByRole('row', { name: /Forbrug/ })).toHaveTextContent('280000');
    expect(within(form).getByLabelText(/^Beløb/)).toHaveValue('300000');
    expect(onDone).not.toHaveBeenCalled();
  });
});
