// Bounded fuzzing in CI: ≥ 2,000 hostile requests generated from the schema (every Query and Mutation
// field, each demo role and anonymous, fixed seed) must all be answered, none with an internal error,
// a 5xx, or an error without a code or in English. Mutations change this file's own database clone.
import { buildSchema } from '../src/server/schema';
import { knownIds, runFuzz } from './fuzz/runFuzz';
import { startTestServer, type TestServer } from './testServer';

let server: TestServer;

beforeAll(async () => {
  // The anonymous rate limit off: every hostile anonymous request must reach the resolvers.
  server = await startTestServer({ anonymousRequestsPerMinute: 0 });
});
afterAll(() => server.close());

test('2,000+ hostile requests over every root field, as every role and anonymous: no internal error', async () => {
  const result = await runFuzz({
    url: server.url,
    schema: buildSchema(),
    ids: await knownIds(server.db),
    seed: 20261203,
    perField: 9,
    hugeLength: 20_000,
    concurrency: 4,
    timeoutMs: 10_000,
  });
  // FUZZ_TIMES=1 shows where the run spends its time.
  if (process.env.FUZZ_TIMES)
    console.log(
      Object.entries(result.msByTarget)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 25)
        .map(([k, ms]) => `${k}: ${Math.round(ms)} ms`)
        .join('\n'),
    );
  const report = result.problems
    .slice(0, 15)
    .map(
      (p) =>
        `${p.caller} ${p.request.target} (${p.request.kind}): ${p.problems.join('; ')}\n  ${p.request.body.slice(0, 300)}`,
    );
  expect(report).toEqual([]);
  expect(result.sent).toBeGreaterThanOrEqual(2000);
  expect(result.internalErrors).toBe(0);
  expect(result.unanswered).toBe(0);
}, 300_000);
