import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import type { Role } from '../../__generated__/graphql';
import { renderRoute } from '../../../test/renderRoute';
import { viewer } from '../../../test/fixtures';
import { mocked } from '../../../test/mocked';
import { ME_QUERY } from '../auth/useViewer';
import { NotFoundPage } from './NotFoundPage';

const signedIn = (role: Role) => mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer(role) } } });

const pages = [
  <Route key="home" path="/" element={<h1>Forsiden</h1>} />,
  <Route key="offers" path="/tilbud" element={<h1>Tilbudssiden</h1>} />,
  <Route key="cluster" path="/klynge" element={<h1>Klyngesiden</h1>} />,
  <Route key="projects" path="/projekter" element={<h1>Projektsiden</h1>} />,
];

describe('NotFoundPage', () => {
  it('says the page does not exist, in Danish, with a way back to Overblik for the staff unit', async () => {
    const user = userEvent.setup();
    renderRoute(<NotFoundPage />, {
      path: '/findes/ikke',
      pattern: '*',
      mocks: [signedIn('sundhedsstab')],
      extra: pages,
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
    expect(document.title).toBe('Siden findes ikke – Sundhedsoverblik');
    await user.click(await screen.findByRole('link', { name: 'Gå til Overblik' }));
    expect(screen.getByRole('heading', { name: 'Forsiden' })).toBeInTheDocument();
  });

  it.each([
    ['frontmedarbejder', 'Gå til Tilbud', 'Tilbudssiden'],
    ['klyngesekretariat', 'Gå til Klynge', 'Klyngesiden'],
    ['projektleder', 'Gå til Projekter', 'Projektsiden'],
  ] as const)('offers a %s the way to its own start page, not Overblik', async (role, link, heading) => {
    const user = userEvent.setup();
    renderRoute(<NotFoundPage />, { path: '/findes/ikke', pattern: '*', mocks: [signedIn(role)], extra: pages });
    const way = await screen.findByRole('link', { name: link });
    expect(screen.queryByRole('link', { name: 'Gå til Overblik' })).not.toBeInTheDocument();
    await user.click(way);
    expect(screen.getByRole('heading', { name: heading })).toBeInTheDocument();
  });
});
