import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../../test/renderRoute';
import { AttentionPanel } from './AttentionList';
import { ATTENTION_ITEMS_QUERY } from './attentionQuery';
import { attentionItem, attentionItems } from '../../../test/attentionFixtures';

const request = { query: ATTENTION_ITEMS_QUERY };

describe('AttentionPanel', () => {
  it('announces loading, then the items with the count in the heading', async () => {
    renderRoute(<AttentionPanel />, { mocks: [{ request, result: { data: { attentionItems } }, delay: 20 }] });
    expect(screen.getByRole('status')).toHaveTextContent('Henter det, der kræver opmærksomhed');
    expect(await screen.findByRole('heading', { level: 2, name: 'Kræver opmærksomhed (4)' })).toBeInTheDocument();
  });

  it('groups the items by kind, late milestones first, each a link to where it is fixed with a Danish date', async () => {
    renderRoute(<AttentionPanel />, { mocks: [{ request, result: { data: { attentionItems } } }] });
    await screen.findByRole('heading', { name: 'Kræver opmærksomhed (4)' });
    const kinds = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(kinds).toEqual(['Forsinket milepæl (2)', 'Rød status (1)', 'Alle hold afsluttet (1)']);
    const late = screen.getByRole('region', { name: 'Forsinket milepæl (2)' });
    const link = within(late).getByRole('link', { name: 'Tema C: Projektudvikling' });
    expect(link).toHaveAttribute('href', '/temaer/t-C');
    expect(link.closest('li')).toHaveTextContent('31.12.2016');
    expect(screen.getByRole('link', { name: 'CoolKids: rød status i 3. kvt. 2026' })).toHaveAttribute(
      'href',
      '/projekter/p-1',
    );
  });

  it('says so when nothing needs attention', async () => {
    renderRoute(<AttentionPanel />, { mocks: [{ request, result: { data: { attentionItems: [] } } }] });
    expect(await screen.findByText('Intet kræver opmærksomhed i dag')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Kræver opmærksomhed (0)' })).toBeInTheDocument();
  });

  it('shows a Danish error with a retry button', async () => {
    const user = userEvent.setup();
    renderRoute(<AttentionPanel />, {
      mocks: [
        { request, error: new Error('Failed to fetch') },
        { request, result: { data: { attentionItems } } },
      ],
    });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Data kunne ikke hentes');
    await user.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Kræver opmærksomhed (4)' })).toBeInTheDocument());
  });

  it('shows five items per kind on the overview, and all of a kind on request', async () => {
    const user = userEvent.setup();
    const many = Array.from({ length: 1234 }, (_, i) =>
      attentionItem('LATE_MILESTONE', `late:${i}`, `Milepæl ${i + 1}`, '2026-03-31', `/projekter/p-${i}`),
    );
    renderRoute(<AttentionPanel />, { mocks: [{ request, result: { data: { attentionItems: many } } }] });
    const late = await screen.findByRole('region', { name: 'Forsinket milepæl (1234)' });
    expect(within(late).getAllByRole('listitem')).toHaveLength(5);
    const more = within(late).getByRole('button', { name: 'Vis alle 1.234 af forsinket milepæl' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    await user.click(more);
    expect(within(late).getAllByRole('listitem')).toHaveLength(1234);
    await user.click(within(late).getByRole('button', { name: /^Vis færre/ }));
    expect(within(late).getAllByRole('listitem')).toHaveLength(5);
  });
});
