// Which proxies may tell us the client's address and scheme (X-Forwarded-For/-Proto), ADR 017. Express then
// sets req.secure from a trusted proxy's X-Forwarded-Proto: https, which turns on HSTS and the Secure cookie.

/**
 * TRUST_PROXY: unset = 'loopback' (a reverse proxy on the same machine); 'false' or '0' = trust none;
 * a whole number = that many proxy hops; otherwise Express's list of addresses, subnets or the names
 * loopback, linklocal, uniquelocal (comma-separated). 'true' (trust everyone) is refused: any client could
 * then claim HTTPS or another address.
 */
export function trustProxySetting(raw: string | undefined = process.env.TRUST_PROXY): string | number | boolean {
  const value = raw?.trim();
  if (!value) return 'loopback';
  if (value === 'false' || value === '0') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true')
    throw new Error(
      'TRUST_PROXY=true ville stole på alle afsendere; angiv proxyens adresse, et net eller et antal led.',
    );
  return value;
}
