// The address a citizen is given (issue 12): the app's configured public address, SUNDHED_PUBLIC_URL
// (e.g. https://sundhed.ishoj.dk), never the host the worker happens to use: an intranet name does not
// open on a citizen's phone. Unset (or not an http(s) address), no link is given at all.

/** The configured public base address without a trailing slash, or null. Read per call: tests set it. */
export function publicBaseUrl(): string | null {
  const raw = process.env.SUNDHED_PUBLIC_URL?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    return url.toString().replace(/\/+$/, '');
  } catch {
    return null;
  }
}

/**
 * The citizen's address of an offer's public page, or null when no public address is configured; with a
 * language of the hand-out's list (ADR 043), the page in that language (`?sprog=ar`).
 */
export function publicOfferUrl(offerId: string, language?: string | null): string | null {
  const base = publicBaseUrl();
  if (!base) return null;
  const page = `${base}/offentligt/tilbud/${encodeURIComponent(offerId)}`;
  return language ? `${page}?sprog=${encodeURIComponent(language)}` : page;
}
