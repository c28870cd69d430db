import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { renderRoute } from '../../../test/renderRoute';
import { ATTENTION_ITEMS_QUERY } from '../overview/attentionQuery';
import { attentionItems } from '../../../test/attentionFixtures';
import { TasksPage } from './TasksPage';

const request = { query: ATTENTION_ITEMS_QUERY };

function Search() {
  return <span data-testid="search">{useLocation().search}</span>;
}

function renderTasks(mocks: Parameters<typeof renderRoute>[1]['mocks'], path = '/opgaver') {
  return renderRoute(
    <>
      <TasksPage />
      <Search />
    </>,
    { mocks, path, pattern: '/opgaver' },
  );
}

describe('TasksPage', () => {
  it('announces loading, then the queue grouped by kind', async () => {
    renderTasks([{ request, result: { data: { attentionItems } }, delay: 20 }]);
    expect(screen.getByRole('status')).toHaveTextContent('Henter det, der kræver opmærksomhed');
    expect(await screen.findByRole('heading', { level: 2, name: 'Forsinket milepæl (2)' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Opgaver' })).toBeInTheDocument();
    expect(screen.getByText('Viser 4 af 4 opgaver')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Rygestop: Første hold' })).toHaveAttribute('href', '/projekter/p-2');
  });

  it('filters by kind and keeps the filter in the URL', async () => {
    const user = userEvent.setup();
    renderTasks([{ request, result: { data: { attentionItems } } }]);
    const select = await screen.findByRole('combobox', { name: 'Vis art' });
    await user.selectOptions(select, 'Rød status');
    expect(screen.getByTestId('search')).toHaveTextContent('?art=RED_PROJECT');
    expect(screen.getByText('Viser 1 af 4 opgaver')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: /Forsinket milepæl/ })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'CoolKids: rød status i 3. kvt. 2026' })).toBeInTheDocument();

    await user.selectOptions(select, 'Forbrug over budget');
    expect(screen.getByText('Der er ingen opgaver af denne art.')).toBeInTheDocument();
    await user.selectOptions(select, 'Alle arter');
    expect(screen.getByTestId('search')).toHaveTextContent(/^$/);
    expect(screen.getByText('Viser 4 af 4 opgaver')).toBeInTheDocument();
  });

  it('reads the filter from the URL', async () => {
    renderTasks([{ request, result: { data: { attentionItems } } }], '/opgaver?art=COURSES_ENDED');
    expect(await screen.findByRole('combobox', { name: 'Vis art' })).toHaveValue('COURSES_ENDED');
    expect(screen.getByRole('heading', { level: 2, name: 'Alle hold afsluttet (1)' })).toBeInTheDocument();
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
  });

  it('says so when the queue is empty', async () => {
    renderTasks([{ request, result: { data: { attentionItems: [] } } }]);
    expect(await screen.findByText('Intet kræver opmærksomhed i dag')).toBeInTheDocument();
  });

  it('shows a Danish error with a retry button', async () => {
    const user = userEvent.setup();
    renderTasks([
      { request, error: new Error('Failed to fetch') },
      { request, result: { data: { attentionItems } } },
    ]);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByText('Viser 4 af 4 opgaver')).toBeInTheDocument());
  });
});
