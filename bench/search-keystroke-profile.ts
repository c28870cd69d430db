// Where a throttled keystroke's time goes (issue 12, ADR 066, ADR 073). Starts the built app as
// bench/search-keystroke.ts does, signs in as frontmedarbejder, throttles Chromium's CPU (default 4×), and
// types the first QUERY_COUNT queries 180 ms apart while recording a Chromium trace (devtools.timeline) and
// a V8 CPU profile of the page. Prints, summed over the typing, the main thread's time in the trace's
// rendering steps (style, layout, paint …) and the functions with the most inclusive and self time.
// Function names are only readable on an unminified build (`pnpm --filter @sundhed/web exec vite build
// --minify false`, then rebuild normally before the keystroke bench); on a normal build read the chunk names.
// Usage: TEST_DATABASE_URL=… pnpm exec tsx bench/search-keystroke-profile.ts [--throttle 4] [--offline] [--queries 6]
import { startApp } from '../e2e/app';
import { launchBrowser } from '../e2e/browser';

const QUERIES = ['rygestop', 'stop med at ryge', 'varmt vand', 'træning for ældre', 'overvægt børn', 'diabetes'];

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  dur?: number;
  args?: { name?: string };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1] ?? fallback) : fallback;
}

/** Summed duration (ms) of the trace's complete events on the page's main thread, by name. */
function traceSummary(events: TraceEvent[]): [string, number][] {
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const sums = new Map<string, number>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur / 1000);
  }
  return [...sums].sort((a, b) => b[1] - a[1]);
}

/** Inclusive and self time (ms) per function (name, file, line) of a V8 CPU profile. */
function profileSummary(profile: Profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.split('/').pop() ?? ''}:${n.callFrame.lineNumber + 1}`;
  const inclusive = new Map<string, number>();
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const leaf = byId.get(id);
    if (!leaf) return;
    self.set(key(leaf), (self.get(key(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
      const k = key(n);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + ms);
    }
  });
  const top = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]);
  return { inclusive: top(inclusive), self: top(self) };
}

async function main() {
  const args = process.argv.slice(2);
  const throttle = option(args, '--throttle', 4);
  const count = option(args, '--queries', QUERIES.length);
  const offline = args.includes('--offline');
  const [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  try {
    const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
    const page = await context.newPage();
    await page.goto(`${app.url}/log-ind`);
    await page.getByRole('button', { name: 'Log ind som frontmedarbejder' }).click();
    const box = page.getByRole('searchbox', { name: 'Søg i tilbud' });
    await box.waitFor();
    await box.pressSequentially('warmup', { delay: 180 });
    if (offline) {
      await page.waitForFunction(
        () =>
          (JSON.parse(localStorage.getItem('sundhed.offlineCatalogue.v4') ?? '{"offers":[]}') as { offers: unknown[] })
            .offers.length > 10,
        undefined,
        { timeout: 60_000 },
      );
      await page.waitForFunction(() => Boolean(navigator.serviceWorker.controller), undefined, { timeout: 60_000 });
      await context.setOffline(true);
      await box.fill('');
      await box.pressSequentially('warmup', { delay: 180 });
    }
    await page.waitForTimeout(600);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
    await cdp.send('Profiler.start');
    let keys = 0;
    for (const query of QUERIES.slice(0, count)) {
      await box.fill('');
      await page.waitForTimeout(250);
      await box.focus();
      await page.keyboard.type(query, { delay: 180 });
      keys += query.length;
      await page.waitForFunction(
        (q) => document.querySelector('.search-count')?.getAttribute('data-query') === q,
        query.trim(),
        { timeout: 10_000 },
      );
      await page.waitForTimeout(100);
    }
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    const trace = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const f = (ms: number) => `${ms.toFixed(0).padStart(7)} ms  ${(ms / keys).toFixed(1).padStart(6)} ms/key`;
    console.log(
      `${count} queries, ${keys} keystrokes typed 180 ms apart, CPU throttled ${throttle}x, ${offline ? 'offline' : 'online'}`,
    );
    console.log('\ntrace, page main thread (events nest: a FunctionCall includes the layout it forced):');
    for (const [name, ms] of traceSummary(trace.traceEvents).slice(0, 18)) console.log(`${f(ms)}  ${name}`);
    const { inclusive, self } = profileSummary(profile);
    console.log('\nCPU profile, inclusive:');
    for (const [name, ms] of inclusive.slice(0, 40)) console.log(`${f(ms)}  ${name}`);
    console.log('\nCPU profile, inclusive, the search page and React commit:');
    const page_ = /HitList|SearchHitCard|SearchFilters|QueryChips|commitRoot|parseJson|JSON|searchOffline/;
    for (const [name, ms] of inclusive.filter(([n]) => page_.test(n)).slice(0, 15)) console.log(`${f(ms)}  ${name}`);
    console.log('\nCPU profile, self:');
    for (const [name, ms] of self.slice(0, 25)) console.log(`${f(ms)}  ${name}`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
