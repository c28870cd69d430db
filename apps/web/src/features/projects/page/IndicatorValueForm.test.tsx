import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { ADD_INDICATOR_VALUE_MUTATION, UPDATE_INDICATOR_VALUE_MUTATION } from './projectPageMutations';
import { participants } from './projectFixtures';
import { IndicatorValueForm } from './IndicatorValueForm';

const stored = participants.values[0]!;

function renderForm(mocks: Parameters<typeof renderRoute>[1]['mocks'], edit = false) {
  const onDone = jest.fn();
  renderRoute(<IndicatorValueForm indicator={participants} value={edit ? stored : undefined} onDone={onDone} />, {
    mocks,
  });
  return onDone;
}

describe('IndicatorValueForm', () => {
  it('refuses a value without a period and a figure that is not a number, naming each field', async () => {
    const user = userEvent.setup();
    const onDone = renderForm([]);
    const form = screen.getByRole('form', { name: 'Tilføj målt værdi for Deltagere' });
    await user.type(within(form).getByLabelText(/^Værdi/), 'mange');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Periode skal udfyldes');
    expect(summary).toHaveTextContent('Værdi skal være et tal');
    expect(within(form).getByLabelText('År')).toHaveAttribute('aria-invalid', 'true');
    await user.click(within(summary).getByRole('link', { name: 'Periode skal udfyldes' }));
    expect(within(form).getByLabelText('År')).toHaveFocus();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('adds a value for a quarter with a Danish decimal and its source', async () => {
    const user = userEvent.setup();
    const onDone = renderForm([
      mocked({
        request: {
          query: ADD_INDICATOR_VALUE_MUTATION,
          variables: {
            indicatorId: 'ind-1',
            input: {
              periodYear: 2026,
              periodQuarter: 3,
              value: 21.5,
              note: null,
              source: { title: 'Holdliste 3. kvt.', section: null, date: '2026-10-01', url: null, note: null },
            },
          },
        },
        result: { data: { addIndicatorValue: { ...stored, id: 'iv-2', periodQuarter: 3, value: 21.5 } } },
      }),
    ]);
    const form = screen.getByRole('form', { name: 'Tilføj målt værdi for Deltagere' });
    await user.type(within(form).getByLabelText('År'), '2026');
    await user.selectOptions(within(form).getByLabelText('Kvartal'), '3');
    await user.type(within(form).getByLabelText(/^Værdi/), '21,5');
    await user.type(within(form).getByLabelText(/Dokument eller beslutning/), 'Holdliste 3. kvt.');
    await user.type(within(form).getByLabelText(/^Dato/), '1.10.2026');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it("on CONFLICT keeps the typed value, shows the colleague's note and saves on top of it", async () => {
    const user = userEvent.setup();
    const source = {
      title: 'Strategi for sundhedsområdet 2016–2017',
      section: 'Tema C',
      date: '2016-06-01',
      url: null,
      note: 'Sundhedskoordinator 15 t/uge',
    };
    const onDone = renderForm(
      [
        mocked({
          request: {
            query: UPDATE_INDICATOR_VALUE_MUTATION,
            variables: {
              id: 'iv-1',
              version: 1,
              input: { periodYear: 2026, periodQuarter: 2, value: 19, note: 'To hold', source },
            },
          },
          result: {
            errors: [
              new GraphQLError('Værdien er ændret af en anden siden du åbnede den.', {
                extensions: {
                  code: 'CONFLICT',
                  currentVersion: 2,
                  current: { periodYear: 2026, periodQuarter: 2, value: 18, note: 'Tre hold' },
                },
              }),
            ],
          },
        }),
        mocked({
          request: {
            query: UPDATE_INDICATOR_VALUE_MUTATION,
            variables: {
              id: 'iv-1',
              version: 2,
              input: { periodYear: 2026, periodQuarter: 2, value: 19, note: 'Tre hold', source },
            },
          },
          result: { data: { updateIndicatorValue: { ...stored, value: 19, note: 'Tre hold', version: 3 } } },
        }),
      ],
      true,
    );
    const form = screen.getByRole('form', { name: 'Rediger målt værdi' });
    const value = within(form).getByLabelText(/^Værdi/);
    await user.clear(value);
    await user.type(value, '19');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const panel = await within(form).findByRole('alert');
    expect(panel).toHaveTextContent('Værdien er ændret af en anden');
    expect(within(panel).getByRole('row', { name: /Note/ })).toHaveTextContent('Tre hold');
    expect(within(form).getByLabelText(/^Værdi/)).toHaveValue('19');
    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });
});
