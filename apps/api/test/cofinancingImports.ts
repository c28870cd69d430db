// Test helper for the co-financing import routes: posts a CSV as the given signed-in user and expects it to
// land whole (no row errors, HTTP 200).
import type { TestServer } from './testServer';

export async function importCsv(
  server: TestServer,
  cookie: string,
  path: 'activity' | 'population' | 'preventable',
  body: string,
  query: string,
): Promise<void> {
  const res = await fetch(`${server.url}/api/cofinancing/${path}?${query}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', 'x-file-name': `${path}.csv`, cookie },
    body,
  });
  const report = (await res.json()) as { errors: unknown[] };
  expect(report.errors).toEqual([]);
  expect(res.status).toBe(200);
}
