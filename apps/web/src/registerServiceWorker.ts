/**
 * Registers public/sw.js (the offline app shell) in production builds only: in development Vite serves
 * modules that must never be cached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined); // without it the app still works online
    void navigator.serviceWorker.ready.then((registration) => {
      // What loaded before the worker took control (the first route's chunks) is cached too.
      const urls = performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((url) => new URL(url).pathname.startsWith('/assets/'));
      registration.active?.postMessage({ type: 'cache-assets', urls });
    });
  });
}
