// One forked API server process of bench/lib/serverProcesses.ts: the production server (createApp) on
// the bench's database, listening on the port its siblings share; answers "cpu" with its CPU time.
import '../search-production-env';
import type { Server } from 'node:http';
import { setSessionMemoryMs } from '../../apps/api/src/auth/session';
import { createPrisma } from '../../apps/api/src/db/prisma';
import { createApp } from '../../apps/api/src/server/app';

async function main() {
  const env = process.env;
  setSessionMemoryMs(Number(env.BENCH_SERVER_SESSION_MEMO_MS));
  const db = createPrisma(env.BENCH_SERVER_DATABASE_URL!, { max: Number(env.BENCH_SERVER_POOL) });
  const { app, stop } = await createApp(db, {
    demoMode: true,
    secureCookies: false,
    responseCache: env.BENCH_SERVER_CACHE === '1',
    production: true,
  });
  const server: Server = app.listen(0, '127.0.0.1');
  process.on('message', (m) => {
    if (m !== 'cpu') return;
    const used = process.cpuUsage();
    process.send!({ cpu: used.user + used.system });
  });
  process.on('SIGTERM', () => {
    server.close();
    server.closeAllConnections();
    void stop()
      .then(() => db.$disconnect())
      .finally(() => process.exit(0));
  });
}

void main();
