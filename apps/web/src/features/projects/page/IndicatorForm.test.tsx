import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { CREATE_INDICATOR_MUTATION, UPDATE_INDICATOR_MUTATION } from './projectPageMutations';
import { participants } from './projectFixtures';
import { IndicatorForm } from './IndicatorForm';

describe('IndicatorForm', () => {
  it('asks for a name and a unit', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    renderRoute(<IndicatorForm projectId="p-cool" onDone={onDone} />, { mocks: [] });
    const form = screen.getByRole('form', { name: 'Tilføj indikator' });
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Navn skal udfyldes');
    expect(summary).toHaveTextContent('Enhed skal udfyldes');
    expect(within(form).getByLabelText('Navn')).toHaveAccessibleDescription('Navn skal udfyldes');
    expect(onDone).not.toHaveBeenCalled();
  });

  it('adds an indicator with a baseline and a target', async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const input = { name: 'Røgfri efter 6 mdr.', unit: '%', baseline: null, target: 37.5, source: null };
    renderRoute(<IndicatorForm projectId="p-cool" onDone={onDone} />, {
      mocks: [
        mocked({
          request: { query: CREATE_INDICATOR_MUTATION, variables: { projectId: 'p-cool', input } },
          result: { data: { createIndicator: { ...participants, id: 'ind-2', ...input, values: [] } } },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Tilføj indikator' });
    await user.type(within(form).getByLabelText('Navn'), input.name);
    await user.type(within(form).getByLabelText('Enhed'), '%');
    await user.type(within(form).getByLabelText(/^Mål/), '37,5');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it("on CONFLICT keeps the typed target and shows the colleague's name", async () => {
    const user = userEvent.setup();
    const onDone = jest.fn();
    const source = {
      title: 'Strategi for sundhedsområdet 2016–2017',
      section: 'Tema C',
      date: '2016-06-01',
      url: null,
      note: 'Sundhedskoordinator 15 t/uge',
    };
    renderRoute(<IndicatorForm projectId="p-cool" indicator={participants} onDone={onDone} />, {
      mocks: [
        mocked({
          request: {
            query: UPDATE_INDICATOR_MUTATION,
            variables: {
              id: 'ind-1',
              version: 1,
              input: { name: 'Deltagere', unit: 'deltagere', baseline: 0, target: 50, source },
            },
          },
          result: {
            errors: [
              new GraphQLError('Indikatoren er ændret af en anden siden du åbnede den.', {
                extensions: {
                  code: 'CONFLICT',
                  currentVersion: 2,
                  current: { name: 'Deltagere i alt', unit: 'deltagere', baseline: 0, target: 40 },
                },
              }),
            ],
          },
        }),
      ],
    });
    const form = screen.getByRole('form', { name: 'Rediger indikator' });
    await user.clear(within(form).getByLabelText(/^Mål/));
    await user.type(within(form).getByLabelText(/^Mål/), '50');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const panel = await within(form).findByRole('alert');
    expect(within(panel).getByRole('row', { name: /Navn/ })).toHaveTextContent('Deltagere i alt');
    expect(within(form).getByLabelText(/^Mål/)).toHaveValue('50');
    expect(onDone).not.toHaveBeenCalled();
  });
});
