import { RETURN_PARAM, signInMessages } from '../../shared';
import { useAuthConfig } from './useAuthConfig';

/** Where the browser goes to sign in at the municipality's identity provider (ADR 042). */
export const PROVIDER_SIGN_IN_PATH = '/api/auth/oidc/login';
/** Where the browser goes to sign in through KOMBIT's Context Handler, SAML (ADR 050). */
export const SAML_SIGN_IN_PATH = '/api/auth/saml/login';

/**
 * "Log ind med kommunens login" and "Log ind via KOMBIT": plain links, since the browser itself must go
 * to the provider and back. Each shown only when the API has that identity provider configured.
 */
export function ProviderSignIn({ returnTo = null }: { returnTo?: string | null }) {
  const { data } = useAuthConfig();
  const config = data?.authConfig;
  if (!config?.providerSignIn && !config?.samlSignIn) return null;
  // The server checks the path again and returns to it after the provider's answer.
  const query = returnTo ? `?${new URLSearchParams({ [RETURN_PARAM]: returnTo }).toString()}` : '';
  return (
    <section className="sign-in__provider" aria-labelledby="provider-title">
      <h2 id="provider-title">{signInMessages.providerHeading}</h2>
      {config.providerSignIn && (
        <a className="button" href={`${PROVIDER_SIGN_IN_PATH}${query}`}>
          {signInMessages.providerDefaultButton}
        </a>
      )}
      {config.samlSignIn && (
        <a className="button" href={`${SAML_SIGN_IN_PATH}${query}`}>
          {signInMessages.samlButton}
        </a>
      )}
    </section>
  );
}
