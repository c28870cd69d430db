// Sundhedsoverblik's service worker, built by vite-plugin-pwa (injectManifest) with Workbox (ADR 025).
// The build lists every file it emitted (index.html and every route's chunks and styles, hashed names)
// in self.__WB_MANIFEST: all are precached at install, so the app opens offline on any route, visited
// or not (the offer search then runs on its local copy of the catalogue). On activation Workbox drops
// the files of older builds, and every cache that is not this precache (the hand-written worker's
// "sundhed-shell-v1" among them) is deleted. Navigations: network first, the precached index.html
// without a network. Never touches /graphql, /api or anything but GET.
import { clientsClaim } from 'workbox-core';
import { cacheNames } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

// The worker's global scope, as far as this file uses it (the project's TypeScript has the DOM library,
// not the WebWorker one).
interface WaitUntil {
  waitUntil(promise: Promise<unknown>): void;
}
/** Chromium's Service Worker Static Routing API (Chrome 123+), on the install event. */
interface InstallEvent extends WaitUntil {
  addRoutes?(rules: { condition: { urlPattern: string }; source: { cacheName: string } | 'network' }[]): Promise<void>;
}
declare const self: {
  __WB_MANIFEST: (string | PrecacheEntry)[];
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install', listener: (event: InstallEvent) => void): void;
  addEventListener(type: 'activate', listener: (event: WaitUntil) => void): void;
};

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

self.addEventListener('install', (event) => {
  void self.skipWaiting();
  // The build's hashed files are answered from the precache by the browser itself, without starting
  // this worker or running its fetch handler (ADR 056): after the sign-in's redirect from the identity
  // provider every entry file went through the worker, which cost more than the HTTP cache. A file not
  // in the precache falls through to the network. Browsers without static routing use the handler.
  // /graphql goes straight to the network too: the handler never answers it, but dispatching each request
  // to the worker first was part of the search's keystroke-to-request delay on a slow CPU (ADR 066).
  // A browser that refuses that rule keeps the handler for /graphql and still installs.
  if (event.addRoutes) {
    event.waitUntil(
      event.addRoutes([{ condition: { urlPattern: '/assets/*' }, source: { cacheName: cacheNames.precache } }]),
    );
    event.waitUntil(
      event.addRoutes([{ condition: { urlPattern: '/graphql' }, source: 'network' }]).catch(() => undefined),
    );
  }
});
clientsClaim();

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key !== cacheNames.precache).map((key) => caches.delete(key)))),
  );
});

/** The server's page when it answers (a new build's index.html), the precached one without a network. */
async function networkFirst({ request }: { request: Request }): Promise<Response> {
  try {
    return await fetch(request);
  } catch (error) {
    const cached = await matchPrecache('/index.html');
    if (cached) return cached;
    throw error;
  }
}

registerRoute(new NavigationRoute(networkFirst, { denylist: [/^\/api\//, /^\/graphql/] }));
