import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { viewer } from '../../../test/fixtures';
import { ME_QUERY } from '../auth/useViewer';
import { RequireAuth } from './RequireAuth';
import { SIGN_OUT_MUTATION } from './useSignOut';
import { mocked } from '../../../test/mocked';

/** The sign-in page's stand-in, with the address it was sent to. */
function SignInStandIn() {
  const location = useLocation();
  return (
    <>
      <h1>Log ind-side</h1>
      <output aria-label="adresse">{`${location.pathname}${location.search}`}</output>
    </>
  );
}

function renderApp(mocks: MockedProviderProps['mocks'], path = '/') {
  return render(
    <MockedProvider mocks={mocks}>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/log-ind" element={<SignInStandIn />} />
          <Route element={<RequireAuth />}>
            <Route index element={<h1>Overblik</h1>} />
            <Route path="/tilbud/*" element={<h1>Tilbud</h1>} />
          </Route>
        </Routes>
      </MemoryRouter>
    </MockedProvider>,
  );
}

describe('App shell', () => {
  it('shows the signed-in name, Danish role, skip link and only the pages the role may use', async () => {
    renderApp([mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('direktoer') } } })]);
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Overblik',
      'Tilbud',
      'Organisation',
      'Temaer',
      'Projekter',
      'Klynge',
      'Beregninger',
      'Kvartalsrapport',
      'Medfinansiering',
      'Forslag',
      'Priskatalog',
    ]);
    expect(screen.getByText('Dorte Direktør')).toBeInTheDocument();
    expect(screen.getByText('Direktør')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Spring til indhold' })).toHaveAttribute('href', '#indhold');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'indhold');
  });

  it('gives a front-line worker only Tilbud', async () => {
    renderApp([mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('frontmedarbejder') } } })]);
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Tilbud']);
  });

  it('gives the staff unit and a project lead their work queue, Opgaver', async () => {
    renderApp([mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('sundhedsstab') } } })]);
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).getByRole('link', { name: 'Opgaver' })).toHaveAttribute('href', '/opgaver');
  });

  it('gives a project lead Opgaver', async () => {
    renderApp([mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('projektleder') } } })]);
    const nav = await screen.findByRole('navigation', { name: 'Hovedmenu' });
    expect(within(nav).getByRole('link', { name: 'Opgaver' })).toHaveAttribute('href', '/opgaver');
  });

  it('sends anonymous visitors to sign-in', async () => {
    renderApp([mocked({ request: { query: ME_QUERY }, result: { data: { me: null } } })]);
    expect(await screen.findByRole('heading', { name: 'Log ind-side' })).toBeInTheDocument();
    expect(screen.getByLabelText('adresse')).toHaveTextContent(/^\/log-ind$/);
  });

  it.each(['/tilbud/o-1?fra=q%3Drygestop', '/tilbud?q=rygestop'])(
    'tells sign-in the page asked for (%s), query kept',
    async (asked) => {
      renderApp([mocked({ request: { query: ME_QUERY }, result: { data: { me: null } } })], asked);
      expect(await screen.findByRole('heading', { name: 'Log ind-side' })).toBeInTheDocument();
      const address = screen.getByLabelText('adresse').textContent ?? '';
      expect(new URLSearchParams(address.slice(address.indexOf('?'))).get('til')).toBe(asked);
    },
  );

  it('signs out and returns to sign-in', async () => {
    const user = userEvent.setup();
    renderApp([
      mocked({ request: { query: ME_QUERY }, result: { data: { me: viewer('sundhedsstab') } } }),
      mocked({ request: { query: SIGN_OUT_MUTATION }, result: { data: { signOut: true } } }),
    ]);
    await user.click(await screen.findByRole('button', { name: 'Log ud' }));
    expect(await screen.findByRole('heading', { name: 'Log ind-side' })).toBeInTheDocument();
  });
});
