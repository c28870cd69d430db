import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route } from 'react-router';
import { renderRoute } from '../../../test/renderRoute';
import { NotFoundPage } from './NotFoundPage';

describe('NotFoundPage', () => {
  it('says the page does not exist, in Danish, with a way back to Overblik', async () => {
    const user = userEvent.setup();
    renderRoute(<NotFoundPage />, {
      path: '/findes/ikke',
      pattern: '*',
      mocks: [],
      extra: [<Route key="home" path="/" element={<h1>Forsiden</h1>} />],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeInTheDocument();
    expect(document.title).toBe('Siden findes ikke – Sundhedsoverblik');
    await user.click(screen.getByRole('link', { name: 'Gå til Overblik' }));
    expect(screen.getByRole('heading', { name: 'Forsiden' })).toBeInTheDocument();
  });
});
