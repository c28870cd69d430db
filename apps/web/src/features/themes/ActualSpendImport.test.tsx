import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { viewer } from '../../../test/fixtures';
import { mocked } from '../../../test/mocked';
import { ME_QUERY } from '../auth/useViewer';
import { ActualSpendImport } from './ActualSpendImport';

const me = (role: Parameters<typeof viewer>[0]) =>
  mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer(role) } } });
const file = new File(['xlsx'], 'Forbrug 2026.xlsx', {
  type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
});
// jsdom has no Response: the part of one the component reads.
const answer = (status: number, body: unknown) =>
  Promise.resolve({ status, ok: status < 400, json: () => Promise.resolve(body) } as Response);

const fetchMock = jest.fn<Promise<Response>, [RequestInfo | URL, RequestInit?]>();
beforeEach(() => {
  fetchMock.mockReset();
  globalThis.fetch = fetchMock as typeof fetch;
});

async function chooseAndSend() {
  const input = await screen.findByLabelText('Excel-fil (.xlsx) med forbrug');
  await userEvent.upload(input, file);
  await userEvent.click(screen.getByRole('button', { name: 'Importér forbrug' }));
}

describe('ActualSpendImport', () => {
  it('is not there for roles other than the staff unit', async () => {
    renderRoute(<ActualSpendImport />, { mocks: [me('direktoer')] });
    await act(() => new Promise((r) => setTimeout(r, 50)));
    expect(screen.queryByRole('heading', { name: 'Faktisk forbrug fra økonomipartneren' })).not.toBeInTheDocument();
  });

  it('asks for a file before sending anything', async () => {
    renderRoute(<ActualSpendImport />, { mocks: [me('sundhedsstab')] });
    await userEvent.click(await screen.findByRole('button', { name: 'Importér forbrug' }));
    expect(screen.getByRole('status')).toHaveTextContent('Vælg en fil først.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says it is importing, then how many lines got the figure', async () => {
    let resolve: (r: Response) => void = () => undefined;
    fetchMock.mockReturnValue(new Promise<Response>((r) => (resolve = r)));
    renderRoute(<ActualSpendImport />, { mocks: [me('sundhedsstab')] });
    await chooseAndSend();
    expect(screen.getByRole('button', { name: 'Importerer …' })).toBeDisabled();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/budget/actuals.xlsx');
    expect(init).toMatchObject({ method: 'POST', body: file, headers: { 'x-file-name': 'Forbrug%202026.xlsx' } });
    const done = await answer(200, { imported: 2, created: 0, updated: 2, errors: [] });
    await act(async () => resolve(done));
    expect(await screen.findByText('2 budgetlinjer har fået nyt forbrug med filen som kilde.')).toBeInTheDocument();
  });

  it('shows the row report when the file is refused', async () => {
    fetchMock.mockReturnValue(
      answer(422, {
        imported: 0,
        created: 0,
        updated: 0,
        errors: [{ line: 3, column: 'Forbrug (kr.)', message: 'Forbrug skal være et helt antal kroner' }],
      }),
    );
    renderRoute(<ActualSpendImport />, { mocks: [me('sundhedsstab')] });
    await chooseAndSend();
    const report = await screen.findByRole('alert');
    expect(report).toHaveTextContent('Filen blev ikke importeret. Ret disse rækker:');
    const row = within(report).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent('3');
    expect(row).toHaveTextContent('Forbrug (kr.)');
    expect(row).toHaveTextContent('Forbrug skal være et helt antal kroner');
  });

  it('says so in Danish when the file could not be sent', async () => {
    fetchMock.mockRejectedValue(new TypeError('Failed to fetch'));
    renderRoute(<ActualSpendImport />, { mocks: [me('sundhedsstab')] });
    await chooseAndSend();
    expect(await screen.findByText('Filen kunne ikke sendes. Prøv igen.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Importér forbrug' })).toBeEnabled();
  });
});
