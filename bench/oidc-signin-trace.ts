// The breakdown behind bench/oidc-signin.ts (issue 15, ADR 056): one warm-up sign-in, then one traced
// sign-in through the local OpenID provider, printed as a request timeline in ms after Chromium sent the
// request for /api/auth/oidc/callback (Chromium's own clock, CDP Network domain), with where each answer
// came from (network, HTTP cache, service worker, preload cache), and the moment the shell was seen.
// Usage: pnpm build && pnpm exec tsx bench/oidc-signin-trace.ts [signIns=1]
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { signInThroughProvider as signIn, startOidcBench } from './lib/oidcSignIn';

interface Row {
  url: string;
  operation?: string;
  start: number;
  end?: number;
  source?: string;
  status?: number;
}

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

const rounds = Number(process.argv[2] ?? 1);

/**
 * CPU time (thread time, which the machine's load distorts less than wall-clock) while the traced
 * sign-in ran (from the click at the provider to the shell): the page's renderer (the process that
 * compiled the app's module scripts) and the service worker's thread, with V8's script parsing and
 * compilation on any of their threads (the part a code cache saves).
 */
function cpuBreakdown(events: TraceEvent[], origin: string): string {
  const threads = new Map<string, string>();
  for (const e of events) if (e.name === 'thread_name') threads.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const pagePid = events.find(
    (e) => e.name === 'v8.compileModule' && JSON.stringify(e.args ?? {}).includes(`${origin}/assets/`),
  )?.pid;
  // Outermost slices only (a task's nested slices are part of its thread time).
  const sum = (pick: (e: TraceEvent, thread: string) => boolean) => {
    let total = 0;
    const coveredUntil = new Map<string, number>();
    for (const e of events
      .filter((e) => e.ph === 'X' && pick(e, threads.get(`${e.pid}:${e.tid}`) ?? ''))
      .sort((x, y) => x.ts - y.ts)) {
      const thread = `${e.pid}:${e.tid}`;
      if (e.ts < (coveredUntil.get(thread) ?? 0)) continue;
      coveredUntil.set(thread, e.ts + (e.dur ?? 0));
      total += (e.tdur ?? e.dur ?? 0) / 1000;
    }
    return total.toFixed(0);
  };
  return (
    `CPU ms of the sign-in: page renderer main thread ${sum((e, t) => e.pid === pagePid && t === 'CrRendererMain')}, ` +
    `service worker thread ${sum((e, t) => t.startsWith('ServiceWorker'))}, ` +
    `script parse+compile ${sum((e) => /^v8\.(compile|compileModule|parseOnBackground)$/.test(e.name))}`
  );
}

async function main() {
  const { app, browser, close } = await startOidcBench();
  try {
    const context = await browser.newContext({ locale: 'da-DK' });
    const page = await context.newPage();
    await signIn(page, app.url); // warm-up: HTTP cache and service worker
    for (let round = 0; round < rounds; round++) {
      await context.clearCookies();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      const rows = new Map<string, Row>();
      let callbackAt = Number.NaN;
      cdp.on('Network.requestWillBeSent', (event) => {
        const url = new URL(event.request.url);
        if (url.pathname === '/api/auth/oidc/callback') callbackAt = event.timestamp;
        const body = event.request.postData ?? '';
        const operation = /"operationName":"(\w+)"/.exec(body)?.[1];
        rows.set(event.requestId, {
          url: url.origin === new URL(app.url).origin ? url.pathname : url.href,
          operation,
          start: event.timestamp,
        });
      });
      cdp.on('Network.requestServedFromCache', (event) => {
        const row = rows.get(event.requestId);
        if (row) row.source = 'memory/disk cache';
      });
      cdp.on('Network.responseReceived', (event) => {
        const row = rows.get(event.requestId);
        if (!row) return;
        const r = event.response;
        row.status = r.status;
        const routed = r.serviceWorkerRouterInfo?.actualSourceType;
        row.source ??= routed
          ? `worker's static route (${routed})`
          : r.fromServiceWorker
            ? `service worker${r.serviceWorkerResponseSource ? ` (${r.serviceWorkerResponseSource})` : ''}`
            : r.fromPrefetchCache
              ? 'prefetch cache'
              : r.fromDiskCache
                ? 'disk cache'
                : 'network';
      });
      cdp.on('Network.loadingFinished', (event) => {
        const row = rows.get(event.requestId);
        if (row) row.end = event.timestamp;
      });
      await browser.startTracing(undefined, { categories: ['toplevel', 'v8', 'devtools.timeline'] });
      await signIn(page, app.url);
      const raw = await browser.stopTracing();
      if (process.env.SIGNIN_TRACE_FILE) writeFileSync(process.env.SIGNIN_TRACE_FILE, raw); // for chrome://tracing
      const trace = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] };
      const ms = (t: number | undefined) =>
        t === undefined ? '   -' : ((t - callbackAt) * 1000).toFixed(0).padStart(5);
      console.log(`sign-in ${round + 1}: request timeline, ms after the callback request (start, end, source)`);
      for (const row of [...rows.values()].filter((r) => r.start >= callbackAt).sort((a, b) => a.start - b.start))
        console.log(
          `${ms(row.start)} ${ms(row.end)}  ${(row.source ?? '?').padEnd(40)} ${row.status ?? ''} ${row.url}${row.operation ? ` ${row.operation}` : ''}`,
        );
      console.log(cpuBreakdown(trace.traceEvents, new URL(app.url).origin));
      await cdp.detach();
    }
    console.log(
      `load average (1, 5, 15 min): ${loadavg()
        .map((l) => l.toFixed(2))
        .join(', ')}`,
    );
  } finally {
    await close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
