/**
 * Registers the Workbox service worker (src/sw.ts, built to /sw.js by vite-plugin-pwa) in production
 * builds only: in development Vite serves modules that must never be cached. It precaches every file of
 * the build itself, so nothing needs to be handed to it here. Registered from this module, not by an
 * inline script, which the Content-Security-Policy forbids (ADR 017).
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined); // without it the app still works online
  });
}
