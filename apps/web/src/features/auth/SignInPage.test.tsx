import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GraphQLError } from 'graphql';
import { Route, useLocation } from 'react-router';
import { renderRoute } from '../../../test/renderRoute';
import { viewer } from '../../../test/fixtures';
import { SignInPage } from './SignInPage';
import { AUTH_CONFIG_QUERY } from './useAuthConfig';
import { SIGN_IN_DEMO_MUTATION, SIGN_IN_MUTATION } from './useSignIn';
import { mocked } from '../../../test/mocked';

const demoConfig = mocked({
  request: { query: AUTH_CONFIG_QUERY },
  result: {
    data: {
      authConfig: {
        __typename: 'AuthConfig',
        demoMode: true,
        demoAccounts: [
          { __typename: 'DemoAccount', role: 'direktoer', email: 'direktoer@demo.dk', label: 'Direktør' },
          { __typename: 'DemoAccount', role: 'frontmedarbejder', email: 'front@demo.dk', label: 'Frontmedarbejder' },
        ],
        providerSignIn: false,
        samlSignIn: false,
      },
    },
  },
});

const noDemo = mocked({
  request: { query: AUTH_CONFIG_QUERY },
  result: {
    data: {
      authConfig: {
        __typename: 'AuthConfig',
        demoMode: false,
        demoAccounts: [],
        providerSignIn: false,
        samlSignIn: false,
      },
    },
  },
});

const withProvider = mocked({
  request: { query: AUTH_CONFIG_QUERY },
  result: {
    data: {
      authConfig: {
        __typename: 'AuthConfig',
        demoMode: false,
        demoAccounts: [],
        providerSignIn: true,
        samlSignIn: false,
      },
    },
  },
});

const withSaml = mocked({
  request: { query: AUTH_CONFIG_QUERY },
  result: {
    data: {
      authConfig: {
        __typename: 'AuthConfig',
        demoMode: false,
        demoAccounts: [],
        providerSignIn: false,
        samlSignIn: true,
      },
    },
  },
});

/** The page landed on, with its address (for the return after sign-in). */
function Landed({ name }: { name: string }) {
  const location = useLocation();
  return (
    <>
      <h1>{name}</h1>
      <output aria-label="adresse">{`${location.pathname}${location.search}`}</output>
    </>
  );
}

const landing = [
  <Route key="overview" path="/" element={<Landed name="Overblik-side" />} />,
  <Route key="offers" path="/tilbud" element={<Landed name="Tilbud-side" />} />,
  <Route key="offer" path="/tilbud/:id" element={<Landed name="Tilbud" />} />,
];

/** Signs in on the page at `path` with the password form, as an account of `role`. */
async function signInWithPassword(path: string, email: string, role: Parameters<typeof viewer>[0]) {
  const user = userEvent.setup();
  renderRoute(<SignInPage />, {
    path,
    pattern: '/log-ind',
    extra: landing,
    mocks: [
      noDemo,
      mocked({
        request: { query: SIGN_IN_MUTATION, variables: { email, password: 'hemmelig' } },
        result: { data: { signIn: viewer(role) } },
      }),
    ],
  });
  await user.type(screen.getByLabelText('E-mail'), email);
  await user.type(screen.getByLabelText('Adgangskode'), 'hemmelig');
  await user.click(screen.getByRole('button', { name: 'Log ind' }));
}

describe('SignInPage', () => {
  it("offers the municipality's login when the API has a provider, and names a refusal in Danish", async () => {
    renderRoute(<SignInPage />, { path: '/log-ind?fejl=municipality', pattern: '/log-ind', mocks: [withProvider] });
    const link = await screen.findByRole('link', { name: 'Log ind med kommunens login' });
    expect(link).toHaveAttribute('href', '/api/auth/oidc/login');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Din konto er ikke knyttet til en kommune, som Sundhedsoverblik kender. Login blev afvist.',
    );
  });

  it("offers KOMBIT's login when the API has SAML configured, and names a SAML refusal in Danish", async () => {
    renderRoute(<SignInPage />, { path: '/log-ind?fejl=replayed', pattern: '/log-ind', mocks: [withSaml] });
    const link = await screen.findByRole('link', { name: 'Log ind via KOMBIT' });
    expect(link).toHaveAttribute('href', '/api/auth/saml/login');
    expect(screen.queryByRole('link', { name: 'Log ind med kommunens login' })).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Svaret fra identitetsudbyderen er allerede brugt. Prøv at logge ind igen.',
    );
  });

  it('shows no provider button without a provider, and ignores an unknown reason', async () => {
    renderRoute(<SignInPage />, { path: '/log-ind?fejl=<script>', pattern: '/log-ind', mocks: [noDemo] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log ind med kommunens login' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log ind via KOMBIT' })).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows one generic Danish message on wrong credentials and clears the password', async () => {
    const user = userEvent.setup();
    renderRoute(<SignInPage />, {
      path: '/log-ind',
      mocks: [
        noDemo,
        mocked({
          request: { query: SIGN_IN_MUTATION, variables: { email: 'a@ishoj.dk', password: 'forkert' } },
          result: {
            errors: [
              new GraphQLError('Forkert e-mail eller adgangskode.', { extensions: { code: 'UNAUTHENTICATED' } }),
            ],
          },
        }),
      ],
    });
    expect(screen.getByRole('heading', { level: 1, name: 'Log ind' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('E-mail'), 'a@ishoj.dk');
    await user.type(screen.getByLabelText('Adgangskode'), 'forkert');
    await user.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Forkert e-mail eller adgangskode.');
    expect(screen.getByLabelText('Adgangskode')).toHaveValue('');
    expect(screen.queryByRole('button', { name: /Log ind som/ })).not.toBeInTheDocument();
  });

  it('asks for both fields before sending anything', async () => {
    const user = userEvent.setup();
    renderRoute(<SignInPage />, { path: '/log-ind', mocks: [noDemo] });
    await user.click(screen.getByRole('button', { name: 'Log ind' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Udfyld både e-mail og adgangskode.');
  });

  it("signs in with e-mail and password and goes to the role's start page", async () => {
    await signInWithPassword('/log-ind', 'direktoer@ishoj.dk', 'direktoer');
    expect(await screen.findByRole('heading', { name: 'Overblik-side' })).toBeInTheDocument();
  });

  it('returns to the page first asked for after signing in with a password', async () => {
    await signInWithPassword(
      `/log-ind?til=${encodeURIComponent('/tilbud/o-1?fra=q%3Drygestop')}`,
      'front@ishoj.dk',
      'frontmedarbejder',
    );
    expect(await screen.findByRole('heading', { name: 'Tilbud' })).toBeInTheDocument();
    expect(screen.getByLabelText('adresse')).toHaveTextContent('/tilbud/o-1?fra=q%3Drygestop');
  });

  it('returns to the search first asked for after a demo sign-in', async () => {
    const user = userEvent.setup();
    const til = encodeURIComponent('/tilbud?q=rygestop');
    renderRoute(<SignInPage />, {
      path: `/log-ind?til=${til}`,
      pattern: '/log-ind',
      extra: landing,
      mocks: [
        demoConfig,
        mocked({
          request: { query: SIGN_IN_DEMO_MUTATION, variables: { role: 'frontmedarbejder' } },
          result: { data: { signInDemo: viewer('frontmedarbejder') } },
        }),
      ],
    });
    await user.click(await screen.findByRole('button', { name: 'Log ind som Frontmedarbejder' }));
    expect(await screen.findByRole('heading', { name: 'Tilbud-side' })).toBeInTheDocument();
    expect(screen.getByLabelText('adresse')).toHaveTextContent('/tilbud?q=rygestop');
  });

  it('passes the page asked for to the identity providers', async () => {
    const til = encodeURIComponent('/tilbud?q=rygestop');
    const both = mocked({
      request: { query: AUTH_CONFIG_QUERY },
      result: {
        data: {
          authConfig: {
            __typename: 'AuthConfig',
            demoMode: false,
            demoAccounts: [],
            providerSignIn: true,
            samlSignIn: true,
          },
        },
      },
    });
    renderRoute(<SignInPage />, { path: `/log-ind?til=${til}`, pattern: '/log-ind', mocks: [both] });
    expect(await screen.findByRole('link', { name: 'Log ind med kommunens login' })).toHaveAttribute(
      'href',
      `/api/auth/oidc/login?til=${til}`,
    );
    expect(screen.getByRole('link', { name: 'Log ind via KOMBIT' })).toHaveAttribute(
      'href',
      `/api/auth/saml/login?til=${til}`,
    );
  });

  it.each(['//evil.example/tilbud', 'https://evil.example/', '/\\evil.example', '/log-ind'])(
    "ignores a return address that is not a path of this site (%s) and goes to the role's start page",
    async (til) => {
      const user = userEvent.setup();
      renderRoute(<SignInPage />, {
        path: `/log-ind?til=${encodeURIComponent(til)}`,
        pattern: '/log-ind',
        extra: landing,
        mocks: [
          demoConfig,
          mocked({
            request: { query: SIGN_IN_DEMO_MUTATION, variables: { role: 'frontmedarbejder' } },
            result: { data: { signInDemo: viewer('frontmedarbejder') } },
          }),
        ],
      });
      await user.click(await screen.findByRole('button', { name: 'Log ind som Frontmedarbejder' }));
      expect(await screen.findByRole('heading', { name: 'Tilbud-side' })).toBeInTheDocument();
      expect(screen.getByLabelText('adresse')).toHaveTextContent(/^\/tilbud$/);
    },
  );

  it('offers the demo accounts in demo mode and signs in as one', async () => {
    const user = userEvent.setup();
    renderRoute(<SignInPage />, {
      path: '/log-ind',
      extra: landing,
      mocks: [
        demoConfig,
        mocked({
          request: { query: SIGN_IN_DEMO_MUTATION, variables: { role: 'frontmedarbejder' } },
          result: { data: { signInDemo: viewer('frontmedarbejder') } },
        }),
      ],
    });
    expect(await screen.findByRole('button', { name: 'Log ind som Direktør' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Log ind som Frontmedarbejder' }));
    expect(await screen.findByRole('heading', { name: 'Tilbud-side' })).toBeInTheDocument();
  });
});
