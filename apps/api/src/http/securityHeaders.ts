// Security headers for every response (ADR 017): helmet with a strict Content-Security-Policy that the
// built SPA runs under, and HSTS only when the request came over HTTPS (directly, or from a trusted
// proxy's X-Forwarded-Proto) or the operator declared HTTPS with SECURE_COOKIES=1.
import type { Request, RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The SPA loads only its own files: Vite emits no inline script (index.html has a module script with a
 * src), React sets style attributes through the CSSOM (allowed without 'unsafe-inline'), the QR code is
 * inline SVG, the service worker and its shell come from /sw.js. zod runs jitless in the browser, so no
 * 'unsafe-eval' (apps/web/src/zodJitless.ts).
 */
export const contentSecurityPolicy = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  fontSrc: ["'self'"],
  connectSrc: ["'self'"],
  workerSrc: ["'self'"],
  manifestSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  // Not upgrade-insecure-requests: on plain http://localhost it would send every asset to https.
  upgradeInsecureRequests: null,
};

/** One year, as the HSTS preload list asks; no includeSubDomains: the municipality's other hosts are not ours. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** True when the response goes to the browser over HTTPS, as far as this server can tell. */
export function servedOverHttps(req: Request, secureCookies: boolean): boolean {
  return secureCookies || req.secure;
}

export function securityHeaders(options: { secureCookies: boolean }): RequestHandler[] {
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: false });
  return [
    helmet({
      contentSecurityPolicy: { useDefaults: false, directives: contentSecurityPolicy },
      strictTransportSecurity: false,
      referrerPolicy: { policy: 'same-origin' },
      xFrameOptions: { action: 'deny' },
    }),
    (req, res, next) => (servedOverHttps(req, options.secureCookies) ? hsts(req, res, next) : next()),
  ];
}
