// Graceful shutdown on SIGTERM/SIGINT (ADR 017): stop accepting connections, let the requests in flight
// finish (bounded by SUNDHED_SHUTDOWN_GRACE_MS, default 10 s), then close Apollo, the database pool and the
// embedded database, and exit 0.
import type { Server } from 'node:http';

export interface ShutdownSteps {
  server: Server;
  /** Closing steps after the server has stopped, in order (Apollo, the pool, the embedded database). */
  close: (() => Promise<unknown>)[];
  graceMs?: number;
  log?: (message: string) => void;
}

/** Resolves when every connection has ended, or after graceMs when the stragglers are cut off. */
export async function drainServer(server: Server, graceMs: number): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(() => {
      server.closeAllConnections();
      resolve();
    }, graceMs);
  });
  // A keep-alive connection that finishes its request while we wait is idle again: close it too.
  const idle = setInterval(() => server.closeIdleConnections(), 100);
  await Promise.race([closed, grace]);
  clearTimeout(timer);
  clearInterval(idle);
}

export async function shutdown({
  server,
  close,
  graceMs = Number(process.env.SUNDHED_SHUTDOWN_GRACE_MS || 10_000),
  log = console.log,
}: ShutdownSteps): Promise<void> {
  log('Sundhedsoverblik lukker: afslutter igangværende forespørgsler …');
  await drainServer(server, graceMs);
  for (const step of close) {
    try {
      await step();
    } catch (error) {
      console.error(error);
    }
  }
  log('Sundhedsoverblik er lukket.');
}

/** Runs shutdown once on the first SIGTERM or SIGINT, then exits 0 (1 if a step threw past its catch). */
export function shutdownOnSignals(steps: ShutdownSteps): void {
  let started = false;
  const onSignal = () => {
    if (started) return;
    started = true;
    shutdown(steps).then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
