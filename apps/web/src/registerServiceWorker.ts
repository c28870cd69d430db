/**
 * Registers public/sw.js (the offline app shell) in production builds only: in development Vite serves
 * modules that must never be cached.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  window.addEventListener('load', () => {
    navigator.serviceWorker.register('/sw.js').catch(() => undefined); // without it the app still works online
  });
}
