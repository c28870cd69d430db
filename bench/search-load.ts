// Load on the real PostgreSQL over loopback: the real HTTP server (Express + Apollo + Prisma), signed in
// as a front-line worker, 20 concurrent clients sending searchOffers GraphQL requests over a 10,000-offer
// catalogue (the worker's municipality holds its share). Bounded: stops at REQUESTS requests or SECONDS
// seconds, whichever comes first. The response cache is off, so every request runs the engine. The
// clients run in a worker thread, so the server's event loop serves requests only.
// Usage: pnpm exec tsx bench/search-load.ts [clients=20] [requests=6000] [seconds=30]
import { at } from '@sundhed/shared/at';
import './search-production-env';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { generateCatalogue } from './lib/generateCatalogue';
import { searchIndexCache } from '../apps/api/src/features/search/scopeIndexCache';
import { createApp } from '../apps/api/src/server/app';
import { withSeededDatabase } from './lib/seededDatabase';
import { benchQueries } from './search-latency';

const clients = Number(process.argv[2] ?? 20);
const maxRequests = Number(process.argv[3] ?? 6000);
const maxSeconds = Number(process.argv[4] ?? 30);

const query = `query($i: OfferSearchInput!) { searchOffers(input: $i) { total suggestions hits { score reasons offer { id name } } } }`;

/** The load clients (plain JavaScript for the worker thread): each sends its next search when the last is answered. */
const clientCode = `
const { parentPort, workerData: d } = require('node:worker_threads');
const http = require('node:http');
// Plain node:http with keep-alive (lighter than fetch): the clients share the machine's two cores with
// the server and PostgreSQL, so they should cost as little as possible.
const agent = new http.Agent({ keepAlive: true, maxSockets: d.clients });
const url = new URL(d.base);
function post(body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ agent, host: url.hostname, port: url.port, path: url.pathname, method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: d.cookie } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}
const times = [];
let errors = 0;
let sent = 0;
const deadline = performance.now() + d.maxSeconds * 1000;
async function client(w) {
  for (let i = w; ; i += d.clients) {
    if (sent >= d.maxRequests || performance.now() > deadline) return;
    sent++;
    const t = performance.now();
    try {
      const res = await post(JSON.stringify({ query: d.query, variables: { i: d.queries[i % d.queries.length] } }));
      const body = JSON.parse(res.body);
      if (res.status !== 200 || body.errors || !body.data) errors++;
    } catch {
      errors++;
    }
    times.push(performance.now() - t);
  }
}
Promise.all(Array.from({ length: d.clients }, (_, w) => client(w))).then(() => { agent.destroy(); parentPort.postMessage({ times, errors }); });
`;

async function main() {
  await withSeededDatabase('search_load', { pool: 10 }, async (db) => {
    const front = await db.staffUser.findUniqueOrThrow({ where: { email: 'frontmedarbejder@demo.ishoj.dk' } });
    await generateCatalogue(db, {
      offers: 10_000,
      municipalities: 50,
      seed: 42,
      includeMunicipalityIds: [front.municipalityId!],
    });
    await db.$executeRawUnsafe('VACUUM ANALYZE "Offer"');
    const own = await db.offer.count({ where: { municipalityId: front.municipalityId! } });

    const { app, stop } = await createApp(db, { demoMode: true, secureCookies: false, responseCache: false });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const post = (body: object, cookie?: string) =>
      fetch(base, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const signIn = await post({
      query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
      variables: { e: 'frontmedarbejder@demo.ishoj.dk', p: 'demo1234' },
    });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
    for (const q of benchQueries) await (await post({ query, variables: { i: q } }, cookie)).json(); // warm-up

    // The clients run in a worker thread: their HTTP and JSON work must not take the server's event loop.
    const started = performance.now();
    const { times, errors } = await new Promise<{ times: number[]; errors: number }>((resolve, reject) => {
      const worker = new Worker(clientCode, {
        eval: true,
        workerData: { base, cookie, query, queries: benchQueries, clients, maxRequests, maxSeconds },
      });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    const seconds = (performance.now() - started) / 1000;
    times.sort((a, b) => a - b);
    const q = (p: number) => at(times, Math.min(times.length - 1, Math.floor(p * times.length))).toFixed(1);
    console.log(
      `real PostgreSQL, ${clients} clients, ${times.length} searches over HTTP in ${seconds.toFixed(1)} s = ${(times.length / seconds).toFixed(0)} searches/s ` +
        `(target >= 300); p50 ${q(0.5)} ms, p95 ${q(0.95)} ms, p99 ${q(0.99)} ms (target <= 100), max ${q(1)} ms; errors ${errors} (target 0); ` +
        `the worker's municipality holds ${own} of ${await db.offer.count()} offers`,
    );
    const cache = searchIndexCache(db);
    console.log(
      `  data-version statements: ${cache.version.reads} for ${times.length + benchQueries.length} searches; index builds: ${cache.builds}`,
    );
    server.close();
    await stop();
  });
}

void main();
