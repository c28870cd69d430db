// Sign-in returns to the page first asked for (`/log-ind?til=/tilbud?q=rygestop`). Only a path of this
// site may be returned to, never another site (an open redirect): one leading "/" and not "//" or "/\"
// (both read as another host), no backslash anywhere, no control character or whitespace a browser strips,
// and neither the sign-in page itself nor an API address is a destination.

/** The parameter of /log-ind that names the page to return to after signing in. */
export const RETURN_PARAM = 'til';

/** At most this many characters once percent-encoded: the OIDC and SAML routes seal it into a cookie (4 KB). */
const MAX_RETURN_PATH = 1000;

/** The same-origin relative path to return to after sign-in, or null when `value` is not one. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || !value || encodeURI(value).length > MAX_RETURN_PATH) return null;
  if (value[0] !== '/' || value[1] === '/' || value.includes('\\')) return null;
  // Whitespace and control characters (a browser drops tab and line feed inside a URL: "/\t/evil.example").
  // eslint-disable-next-line no-control-regex -- finding control characters is this pattern's purpose
  if (/[\u0000-\u0020\u007F-\u009F]/.test(value)) return null;
  // With those excluded, a browser resolves the value against this site's origin: only a path remains.
  const path = (value.split(/[?#]/, 1)[0] ?? '').toLowerCase();
  if (path === '/log-ind' || path.startsWith('/log-ind/')) return null;
  // Only the app's pages: an API address (a download, another sign-in) is no page to land on.
  if (path === '/api' || path.startsWith('/api/')) return null;
  return value;
}
