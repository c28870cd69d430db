// The embedded database (PGlite) is one PostgreSQL session behind every connection: a statement prepared
// by name on a connection the pool has since closed still exists there. The per-request statements must
// keep answering after the app's connection is replaced (the pool's idle timeout), or the demo's sign-in
// fails with "prepared statement … already exists" (found running `pnpm start`, session 13).
import { runTs } from '../../test/embeddedProcess';

test('embedded: the scope version and the session lookup answer before and after a new connection', async () => {
  const run = await runTs('test/fixtures/embeddedReconnect.ts', []);
  expect(run.output).toContain('{"ok":true}');
  expect(run.code).toBe(0);
}, 120_000);
