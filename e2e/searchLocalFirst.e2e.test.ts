// Online search answered from the current local copy first (issue 12, ADR 076), in headless Chromium against
// the built app: a front-line worker's page fetches its copy of the catalogue, then answers each keystroke
// from it (no request per keystroke) with the hits the server gives for the same text; after the staff unit
// changes an offer through the API, the next search shows the server's answer and the copy is fetched again.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let worker: Page;
let staff: BrowserContext;

const COPY_KEY = 'sundhed.offlineCatalogue.v4';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function signedIn(button: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
  const page = await context.newPage();
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  return { context, page };
}

/** A GraphQL operation from the page, with its session. */
function graphql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  return page.evaluate<T, { query: string; variables: Record<string, unknown> }>(
    async ({ query, variables }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: unknown };
      if (body.errors) throw new Error(JSON.stringify(body.errors));
      return body.data as T;
    },
    { query, variables },
  );
}

interface ServerAnswer {
  searchOffers: { total: number; catalogueVersion: string | null; hits: { offer: { id: string } }[] };
}
const SERVER_SEARCH = `query($input: OfferSearchInput!) { searchOffers(input: $input) { total catalogueVersion hits { offer { id } } } }`;

/** The copy's version and the name of one offer in it. */
function copyOf(page: Page, id: string) {
  return page.evaluate(
    ({ key, id }) => {
      const copy = JSON.parse(localStorage.getItem(key) ?? 'null') as {
        version?: string | null;
        offers: { id: string; name: string }[];
      } | null;
      return { version: copy?.version ?? null, name: copy?.offers.find((o) => o.id === id)?.name ?? null };
    },
    { key: COPY_KEY, id },
  );
}

/** Types a text key by key, as a worker does; returns the texts of the searches sent meanwhile. */
async function typeCounting(page: Page, text: string): Promise<() => string[]> {
  const box = page.getByRole('searchbox', { name: 'Søg i tilbud' });
  await box.fill('');
  const sent: string[] = [];
  const count = (request: { url(): string; postData(): string | null }) => {
    const body = request.url().endsWith('/graphql') ? request.postData() : null;
    if (body?.includes('query SearchOffers'))
      sent.push((JSON.parse(body) as { variables: { input: { text?: string } } }).variables.input.text ?? '');
  };
  page.on('request', count);
  await box.pressSequentially(text, { delay: 120 });
  await page.locator(`.search-count[data-query="${text}"]`).waitFor();
  return () => {
    page.off('request', count);
    return sent;
  };
}

/** The hits on screen (their offer ids, in order) and the count line. */
async function onScreen(page: Page) {
  const ids = await page.locator('article.hit h2').evaluateAll((els) => els.map((e) => e.id.replace(/^hit-/, '')));
  return { ids, count: await page.getByRole('status').innerText() };
}

test('keystrokes are answered from the current copy with the server’s hits; a change on the server replaces them and the copy', async () => {
  ({ page: worker } = await signedIn('Log ind som frontmedarbejder'));
  await worker.goto(`${app.url}/tilbud`);
  await worker.getByRole('searchbox', { name: 'Søg i tilbud' }).fill('motion');
  // The copy is fetched in the background, at one catalogue version the server told.
  await worker.waitForFunction(
    (key) => Boolean((JSON.parse(localStorage.getItem(key) ?? '{}') as { version?: string }).version),
    COPY_KEY,
    { timeout: 60_000 },
  );
  // Once the engine's chunk has loaded, the copy answers.
  (await typeCounting(worker, 'motion'))();
  await worker.locator('.search-count[data-query="motion"][data-answered-by="copy"]').waitFor({ timeout: 20_000 });

  for (const text of ['rygestop', 'træning for ældre', 'kost', 'xqzv']) {
    const sent = await typeCounting(worker, text);
    expect(await worker.getByRole('status').getAttribute('data-answered-by')).toBe('copy');
    const shown = await onScreen(worker);
    // Typing rests: the server is asked once, for the whole text; its answer leaves the hits as they are.
    await worker.waitForTimeout(900);
    // A keystroke delayed past the rest (a loaded machine) may ask for a part of the text too; never each key.
    const asked = sent();
    expect(asked.at(-1)).toBe(text);
    expect(asked.length).toBeLessThan(Math.min(3, text.length));
    expect(await onScreen(worker)).toEqual(shown);
    const server = await graphql<ServerAnswer>(worker, SERVER_SEARCH, { input: { text, limit: 30 } });
    expect(shown.ids).toEqual(server.searchOffers.hits.slice(0, 10).map((h) => h.offer.id));
    expect(shown.count).toBe(`${server.searchOffers.total} tilbud`);
  }

  // The staff unit renames the smoking-cessation course through the API.
  const staffSession = await signedIn('Log ind som sundhedskonsulent');
  staff = staffSession.context;
  const found = await graphql<{ searchOffers: { hits: { offer: { id: string; version: number; name: string } }[] } }>(
    staffSession.page,
    `
      query ($input: OfferSearchInput!) {
        searchOffers(input: $input) {
          hits {
            offer {
              id
              version
              name
            }
          }
        }
      }
    `,
    { input: { text: 'Rygestopkursus', limit: 1 } },
  );
  const offer = found.searchOffers.hits[0]?.offer;
  expect(offer?.name).toBe('Rygestopkursus');
  if (!offer) return;
  const before = await copyOf(worker, offer.id);
  await graphql(
    staffSession.page,
    `
      mutation ($id: ID!, $version: Int!, $input: OfferInput!) {
        updateOffer(id: $id, version: $version, input: $input) {
          id
        }
      }
    `,
    { id: offer.id, version: offer.version, input: { name: 'Rygestopkursus for alle' } },
  );

  // The worker's next search: the server tells a newer version, its answer is shown, the copy fetched again.
  (await typeCounting(worker, 'rygestop'))();
  await worker.getByRole('link', { name: 'Rygestopkursus for alle' }).waitFor({ timeout: 10_000 });
  expect(await worker.getByRole('status').getAttribute('data-answered-by')).toBe('server');
  await worker.waitForFunction(
    ({ key, id }) =>
      (
        JSON.parse(localStorage.getItem(key) ?? '{"offers":[]}') as { offers: { id: string; name: string }[] }
      ).offers.find((o) => o.id === id)?.name === 'Rygestopkursus for alle',
    { key: COPY_KEY, id: offer.id },
    { timeout: 30_000 },
  );
  const after = await copyOf(worker, offer.id);
  expect(after.version).not.toBeNull();
  expect(after.version).not.toBe(before.version);

  // And the copy answers again, with the new name.
  (await typeCounting(worker, 'rygestopkursus'))();
  expect(await worker.getByRole('status').getAttribute('data-answered-by')).toBe('copy');
  await worker.getByRole('link', { name: 'Rygestopkursus for alle' }).waitFor();
  await staff.close();
});
