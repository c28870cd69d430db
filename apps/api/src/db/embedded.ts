// Embedded PostgreSQL: PGlite (PostgreSQL in WebAssembly) served on the wire protocol on loopback,
// so Prisma reaches it through the same pg adapter as a real server (docs/decisions/001-one-database-path.md).
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdirSync } from 'node:fs';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Starts PGlite on a free loopback port; without dataDir the database lives in memory (tests). */
export async function startEmbeddedDatabase(dataDir?: string): Promise<EmbeddedDatabase> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm, unaccent } });
  // Port 0: the machine's own PostgreSQL may hold 5432; take whatever port is free.
  // PGlite is a single session. The socket server queues messages and keeps an open transaction to
  // its connection, but unnamed prepared statements of two connections could interleave, so the app
  // itself uses one connection; up to four are accepted so that short-lived admin connections
  // (migrations, tests) are not refused (a refused connection surfaces as "Connection terminated").
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 4 });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:PORT"
  return {
    url: `postgresql://postgres:postgres@${conn}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}
