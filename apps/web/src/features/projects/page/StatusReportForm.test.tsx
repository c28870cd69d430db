import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { renderRoute } from '../../../../test/renderRoute';
import { mocked } from '../../../../test/mocked';
import { CREATE_STATUS_REPORT_MUTATION, UPDATE_STATUS_REPORT_MUTATION } from './projectPageMutations';
import { redReport } from './projectFixtures';
import { StatusReportForm } from './StatusReportForm';

function renderForm(mocks: Parameters<typeof renderRoute>[1]['mocks'], props: { edit?: boolean } = {}) {
  const onDone = jest.fn();
  renderRoute(
    <StatusReportForm
      projectId="p-cool"
      report={props.edit ? redReport : undefined}
      defaultQuarter={{ year: 2026, quarter: 3 }}
      onDone={onDone}
    />,
    { mocks },
  );
  return onDone;
}

describe('StatusReportForm', () => {
  it('starts at the last finished quarter and offers the colours as radio buttons with words', () => {
    renderForm([]);
    const form = screen.getByRole('form', { name: 'Tilføj statusrapport' });
    expect(within(form).getByLabelText('Årstal')).toHaveValue('2026');
    expect(within(form).getByLabelText('Kvartal')).toHaveValue('3');
    const colours = within(form).getByRole('group', { name: 'Status' });
    expect(
      within(colours)
        .getAllByRole('radio')
        .map((r) => r.closest('div')?.textContent),
    ).toEqual(['Grøn – efter planen', 'Gul – i risiko', 'Rød – kræver handling']);
  });

  it('refuses a report without a status or text, and a source date that does not exist, naming each field', async () => {
    const user = userEvent.setup();
    const onDone = renderForm([]);
    const form = screen.getByRole('form', { name: 'Tilføj statusrapport' });
    await user.type(within(form).getByLabelText(/Dokument eller beslutning/), 'Styregruppemøde');
    await user.type(within(form).getByLabelText(/^Dato/), '31.2.2026');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('Status skal være grøn, gul eller rød');
    expect(summary).toHaveTextContent('Tekst skal udfyldes');
    expect(summary).toHaveTextContent('Dato findes ikke i kalenderen');
    expect(within(form).getByLabelText('Tekst')).toHaveAttribute('aria-invalid', 'true');
    expect(within(form).getByRole('group', { name: 'Status' })).toHaveAccessibleDescription(
      /Status skal være grøn, gul eller rød/,
    );
    expect(onDone).not.toHaveBeenCalled();
  });

  it('saves a new report', async () => {
    const user = userEvent.setup();
    const onDone = renderForm([
      mocked({
        request: {
          query: CREATE_STATUS_REPORT_MUTATION,
          variables: {
            projectId: 'p-cool',
            input: { year: 2026, quarter: 3, colour: 'YELLOW', text: 'Rekruttering går langsomt.', source: null },
          },
        },
        result: {
          data: {
            createStatusReport: {
              ...redReport,
              id: 'sr-2',
              colour: 'YELLOW',
              colourLabel: 'Gul',
              text: 'Rekruttering går langsomt.',
              version: 1,
            },
          },
        },
      }),
    ]);
    const form = screen.getByRole('form', { name: 'Tilføj statusrapport' });
    await user.click(within(form).getByRole('radio', { name: 'Gul – i risiko' }));
    await user.type(within(form).getByLabelText('Tekst'), 'Rekruttering går langsomt.');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });

  it("shows the API's refusal for a project the unit does not own", async () => {
    const user = userEvent.setup();
    const onDone = renderForm([
      mocked({
        request: {
          query: CREATE_STATUS_REPORT_MUTATION,
          variables: {
            projectId: 'p-cool',
            input: { year: 2026, quarter: 3, colour: 'GREEN', text: 'Alt efter planen.', source: null },
          },
        },
        result: {
          errors: [
            new GraphQLError('Du kan kun skrive for de projekter, din enhed ejer', {
              extensions: { code: 'FORBIDDEN' },
            }),
          ],
        },
      }),
    ]);
    const form = screen.getByRole('form', { name: 'Tilføj statusrapport' });
    await user.click(within(form).getByRole('radio', { name: 'Grøn – efter planen' }));
    await user.type(within(form).getByLabelText('Tekst'), 'Alt efter planen.');
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Du kan kun skrive for de projekter, din enhed ejer',
    );
    expect(within(form).getByLabelText('Tekst')).toHaveValue('Alt efter planen.');
    expect(onDone).not.toHaveBeenCalled();
  });

  it("on CONFLICT keeps the typed text, shows the colleague's colour and saves on top of it", async () => {
    const user = userEvent.setup();
    const mine = 'Andet hold er fyldt op.';
    const onDone = renderForm(
      [
        mocked({
          request: {
            query: UPDATE_STATUS_REPORT_MUTATION,
            variables: {
              id: 'sr-1',
              version: 2,
              input: { year: 2026, quarter: 3, colour: 'RED', text: mine, source: null },
            },
          },
          result: {
            errors: [
              new GraphQLError('Statusrapporten er ændret af en anden siden du åbnede den.', {
                extensions: {
                  code: 'CONFLICT',
                  currentVersion: 3,
                  current: { year: 2026, quarter: 3, colour: 'YELLOW', text: redReport.text },
                },
              }),
            ],
          },
        }),
        mocked({
          request: {
            query: UPDATE_STATUS_REPORT_MUTATION,
            variables: {
              id: 'sr-1',
              version: 3,
              input: { year: 2026, quarter: 3, colour: 'YELLOW', text: mine, source: null },
            },
          },
          result: {
            data: {
              updateStatusReport: { ...redReport, colour: 'YELLOW', colourLabel: 'Gul', text: mine, version: 4 },
            },
          },
        }),
      ],
      { edit: true },
    );
    const form = screen.getByRole('form', { name: 'Rediger statusrapport' });
    await user.clear(within(form).getByLabelText('Tekst'));
    await user.type(within(form).getByLabelText('Tekst'), mine);
    await user.click(within(form).getByRole('button', { name: 'Gem' }));
    const panel = await within(form).findByRole('alert');
    expect(panel).toHaveTextContent('Statusrapporten er ændret af en anden');
    expect(within(panel).getByRole('row', { name: /Status/ })).toHaveTextContent('Gul – i risiko');
    expect(within(form).getByLabelText('Tekst')).toHaveValue(mine);
    await user.click(within(panel).getByRole('button', { name: 'Gem mine ændringer igen' }));
    await waitFor(() => expect(onDone).toHaveBeenCalledWith(true));
  });
});
