// API server processes for a bench, as `pnpm start` runs them with SUNDHED_WORKERS (ADR 039): the bench's
// process forks `count` processes with node:cluster that share one port, each with its own Prisma pool,
// caches and session memo, on the bench's database. They report their CPU time on request, so the bench
// can add it to its own.
import cluster, { type Worker } from 'node:cluster';
import { fileURLToPath } from 'node:url';

export interface ServerProcesses {
  base: string;
  /** CPU microseconds (user + system) used so far by every server process. */
  cpu: () => Promise<number>;
  stop: () => Promise<void>;
}

const entry = fileURLToPath(new URL('./serverProcess.ts', import.meta.url));

export async function startServerProcesses(
  count: number,
  settings: { databaseUrl: string; pool: number; responseCache: boolean; sessionMemoMs: number },
): Promise<ServerProcesses> {
  cluster.setupPrimary({ exec: entry, execArgv: ['--import', 'tsx'] });
  const env = {
    BENCH_SERVER_DATABASE_URL: settings.databaseUrl,
    BENCH_SERVER_POOL: String(settings.pool),
    BENCH_SERVER_CACHE: settings.responseCache ? '1' : '0',
    BENCH_SERVER_SESSION_MEMO_MS: String(settings.sessionMemoMs),
  };
  const workers: Worker[] = [];
  const ports = await Promise.all(
    Array.from({ length: count }, () => {
      const worker = cluster.fork(env);
      workers.push(worker);
      return new Promise<number>((resolve, reject) => {
        worker.once('listening', (address) => resolve(address.port));
        worker.once('exit', (code) => reject(new Error(`server process exited (${code}) before listening`)));
      });
    }),
  );
  const ask = (worker: Worker) =>
    new Promise<number>((resolve) => {
      worker.once('message', (m: { cpu: number }) => resolve(m.cpu));
      worker.send('cpu');
    });
  return {
    base: `http://127.0.0.1:${ports[0]}/graphql`,
    cpu: async () => (await Promise.all(workers.map(ask))).reduce((a, b) => a + b, 0),
    stop: async () => {
      await Promise.all(
        workers.map((w) => new Promise((resolve) => (w.once('exit', resolve), w.process.kill('SIGTERM')))),
      );
    },
  };
}
