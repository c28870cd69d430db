// The browser's offline copy for a municipality of 500 offers (issue 12: < 1 MB gzip, the shared lexicon
// counted apart): the quality set's realistic catalogue (bench/search-quality/catalogue.ts), repeated with
// numbered names to 500 offers, loaded into the front-line worker's municipality; the copy fetched through
// the real HTTP API with the web app's own OfflineCatalogue query in pages of 100, as useOfflineCatalogue.ts
// does; its stored JSON measured raw and gzipped. Also printed: the engine's chunk (the national vocabulary
// included), which is the same for every municipality, when a web build is there.
// Usage: pnpm exec tsx bench/offline-copy-size.ts [offers=500]
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { print } from 'graphql';
import { createApp } from '../apps/api/src/server/app';
import { OFFLINE_CATALOGUE_QUERY, OFFLINE_STATUSES } from '../apps/web/src/features/offers/offline/offlineQuery';
import { withSeededDatabase } from './lib/seededDatabase';
import { loadCatalogue } from './search-quality/load';

const target = Number(process.argv[2] ?? 500);
const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;

async function main() {
  await withSeededDatabase('offline_copy', { pool: 4 }, async (db) => {
    const front = await db.staffUser.findUniqueOrThrow({ where: { email: 'frontmedarbejder@demo.ishoj.dk' } });
    const municipalityId = front.municipalityId!;
    await loadCatalogue(db, municipalityId);
    // Up to the target: copies of the catalogue's offers with a numbered name (their places and schedules too).
    const base = await db.offer.findMany({ where: { municipalityId } });
    for (let i = 0; base.length + i < target; i++) {
      const { id: _id, createdAt: _c, updatedAt: _u, version: _v, ...o } = base[i % base.length]!;
      await db.offer.create({ data: { ...o, name: `${o.name} (${Math.floor(i / base.length) + 2})` } });
    }
    const { app, stop } = await createApp(db, { demoMode: true, secureCookies: false, responseCache: false });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((r) => server.once('listening', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
      const post = (body: object, cookie?: string) =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
          body: JSON.stringify(body),
        });
      const signIn = await post({
        query: 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { id } }',
        variables: { e: 'frontmedarbejder@demo.ishoj.dk', p: 'demo1234' },
      });
      const cookie = signIn.headers.get('set-cookie')!.split(';')[0];
      const offers: unknown[] = [];
      let synonymGroups: unknown = [];
      for (let offset = 0; ; offset += 100) {
        const res = (await (
          await post(
            {
              query: print(OFFLINE_CATALOGUE_QUERY),
              variables: { input: { statuses: [...OFFLINE_STATUSES], limit: 100, offset } },
            },
            cookie,
          )
        ).json()) as { data: { searchSynonyms: unknown; searchOffers: { total: number; hits: { offer: unknown }[] } } };
        offers.push(...res.data.searchOffers.hits.map((h) => h.offer));
        synonymGroups = res.data.searchSynonyms;
        if (offers.length >= res.data.searchOffers.total) break;
      }
      const stored = JSON.stringify({ owner: 'x', savedAt: new Date().toISOString(), offers, synonymGroups });
      const gz = gzipSync(stored).length;
      console.log(
        `offline copy: ${offers.length} offers, ${kb(stored.length)} JSON, ${kb(gz)} gzip (target < 1024 kB gzip), ${kb(gz / offers.length)} gzip per offer`,
      );
      const dist = join(import.meta.dirname, '../apps/web/dist/assets');
      if (existsSync(dist)) {
        const chunk = readdirSync(dist).find((f) => f.startsWith('offlineSearch') && f.endsWith('.js'));
        if (chunk) {
          const text = readFileSync(join(dist, chunk));
          console.log(
            `engine chunk (shared by all municipalities): ${chunk} ${kb(text.length)}, ${kb(gzipSync(text).length)} gzip`,
          );
        }
      }
    } finally {
      server.close();
      await stop();
    }
  });
}

void main();
