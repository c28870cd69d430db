import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { providerRefusalMessage, RETURN_PARAM, safeReturnPath, ui } from '../../shared';
import type { Role } from '../../__generated__/graphql';
import { useDocumentTitle } from '../shell/useDocumentTitle';
import { DemoSignIn } from './DemoSignIn';
import { ProviderSignIn } from './ProviderSignIn';
import { startPath } from './startPath';
import { useSignIn } from './useSignIn';

/** Wrong credentials and rate limits come back as Danish GraphQL errors; anything else gets our text. */
function signInError(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const code = error.errors[0]?.extensions?.code;
    return code === 'INTERNAL_SERVER_ERROR' || !error.errors[0]?.message
      ? ui.auth.genericError
      : error.errors[0].message;
  }
  return ui.states.networkError;
}

/**
 * /log-ind: the municipality's identity provider when configured, e-mail and password (the emergency
 * administrator, demo), and in demo mode one button per demo account.
 */
export function SignInPage() {
  useDocumentTitle(ui.auth.title);
  const navigate = useNavigate();
  const { signIn, signInDemo, loading } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  // The identity provider's path comes back here with ?fejl=<reason> when the sign-in was refused.
  const [params] = useSearchParams();
  const [message, setMessage] = useState<string | null>(() => providerRefusalMessage(params.get('fejl')));

  // The page first asked for (RequireAuth's ?til=), only a path of this site; else the role's start page.
  const returnTo = safeReturnPath(params.get(RETURN_PARAM));
  // The router's navigation promise settles once the start page has rendered; nothing waits for it.
  const done = (role: Role) => void navigate(returnTo ?? startPath(role), { replace: true });

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!email.trim() || !password) {
      setMessage(ui.auth.missingFields);
      return;
    }
    setMessage(null);
    try {
      const { data } = await signIn({ variables: { email: email.trim(), password } });
      if (data) done(data.signIn.role);
    } catch (error) {
      setPassword('');
      setMessage(signInError(error));
    }
  };

  const demo = async (role: Role) => {
    setMessage(null);
    try {
      const { data } = await signInDemo({ variables: { role } });
      if (data) done(data.signInDemo.role);
    } catch (error) {
      setMessage(CombinedGraphQLErrors.is(error) ? signInError(error) : ui.states.networkError);
    }
  };

  return (
    <div className="sign-in">
      <header className="sign-in__header">
        <p className="app-header__name">{ui.app.name}</p>
        <p className="app-header__municipality">{ui.app.municipality}</p>
      </header>
      <main id="indhold" className="sign-in__main">
        <h1>{ui.auth.title}</h1>
        <p>{ui.auth.intro}</p>
        <div aria-live="assertive" className="sign-in__message">
          {message && (
            <p className="form-error" role="alert">
              {message}
            </p>
          )}
        </div>
        <ProviderSignIn returnTo={returnTo} />
        <form className="form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="sign-in-email">{ui.auth.email}</label>
            <input
              id="sign-in-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">{ui.auth.password}</label>
            <input
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button" disabled={loading}>
            {loading ? ui.auth.submitting : ui.auth.submit}
          </button>
        </form>
        <DemoSignIn onChoose={(role) => void demo(role)} disabled={loading} />
      </main>
    </div>
  );
}
