import { signInMessages } from '../../shared';
import { useAuthConfig } from './useAuthConfig';

/** Where the browser goes to sign in at the municipality's identity provider (ADR 042). */
export const PROVIDER_SIGN_IN_PATH = '/api/auth/oidc/login';

/**
 * "Log ind med kommunens login": a plain link, since the browser itself must go to the provider and
 * back. Shown only when the API has an identity provider configured.
 */
export function ProviderSignIn() {
  const { data } = useAuthConfig();
  if (!data?.authConfig.providerSignIn) return null;
  return (
    <section className="sign-in__provider" aria-labelledby="provider-title">
      <h2 id="provider-title">{signInMessages.providerHeading}</h2>
      <a className="button" href={PROVIDER_SIGN_IN_PATH}>
        {signInMessages.providerDefaultButton}
      </a>
    </section>
  );
}
