// Several API processes behind one port (ADR 039), with Node's own node:cluster: the first process
// migrates and seeds, then forks SUNDHED_WORKERS processes that each serve HTTP on the shared port with a
// pool, caches and session memo of their own (a write through one is seen by the others at once, a
// sign-out within the session memo: ADR 019). The embedded PGlite database belongs to the process that
// opened it, so embedded mode always serves from one process.
import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';

export type WorkerPlan = { workers: number; note?: string };

/**
 * How many processes serve: SUNDHED_WORKERS when set (1–64; `auto` = one per core), otherwise one. One is
 * the default because on the measured machine (2 cores shared with PostgreSQL) a second process cost more
 * CPU per request and gained no throughput (ADR 039). Embedded mode: always one, with a note when more
 * were asked for.
 */
export function workerPlan(env: NodeJS.ProcessEnv, embedded: boolean, cores = availableParallelism()): WorkerPlan {
  const raw = env.SUNDHED_WORKERS?.trim();
  let asked = 1;
  if (raw === 'auto') asked = cores;
  else if (raw) {
    asked = Number(raw);
    if (!Number.isInteger(asked) || asked < 1 || asked > 64)
      throw new Error(`SUNDHED_WORKERS skal være et helt tal fra 1 til 64 eller "auto", ikke "${raw}".`);
  }
  if (embedded && asked > 1)
    return {
      workers: 1,
      note: `Den indlejrede database betjenes af én proces; SUNDHED_WORKERS=${asked} gælder kun med DATABASE_URL.`,
    };
  return { workers: asked };
}

/** Whether this process is a forked server process (it skips migrations and the seed: the first one ran them). */
export const isServerWorker = (): boolean => cluster.isWorker;

/**
 * Forks `count` server processes (this same program, with the environment given) and keeps them running:
 * one that exits after it has served is replaced; one that exits before it ever listened (a broken
 * start: database, port) stops the whole server rather than restarting in a loop. SIGTERM/SIGINT go to
 * every worker, each finishes its requests in flight (ADR 017), and this process exits when the last ended.
 */
export function runServerWorkers(count: number, env: NodeJS.ProcessEnv, log = console.log): void {
  let stopping = false;
  let failed = false;
  const running = new Set<Worker>();
  const listened = new WeakSet<Worker>();
  const fork = () => running.add(cluster.fork(env));
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of running) worker.process.kill('SIGTERM');
  };
  cluster.on('listening', (worker) => listened.add(worker));
  cluster.on('exit', (worker, code, signal) => {
    running.delete(worker);
    if (!stopping) {
      if (listened.has(worker)) {
        log(`Serverproces ${worker.process.pid} stoppede (${signal ?? code}); en ny startes.`);
        fork();
        return;
      }
      failed = true;
      console.error(
        `Serverproces ${worker.process.pid} stoppede før den var klar (${signal ?? code}); Sundhedsoverblik lukker.`,
      );
      stop();
    }
    if (running.size === 0) process.exit(failed ? 1 : 0);
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  for (let i = 0; i < count; i++) fork();
}
