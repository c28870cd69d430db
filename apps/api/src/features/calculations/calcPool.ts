// Business cases off the request thread (issue 14, ADR 036): a Piscina pool of worker threads runs the
// calculation package, so an expensive allowed case (a long horizon, 20,000 Monte Carlo draws) never
// blocks other requests. One pool per process, started on first use, with one thread per spare core.
import { availableParallelism } from 'node:os';
import { InputError, MissingParameterError, type BusinessCaseReport, type BusinessCaseResult } from '@sundhed/calc';
import { Piscina } from 'piscina';
import { calcWorker } from '../../db/paths';
import type { CalcFailure, CalcOutcome, CalcTask } from './calcWorker';

let pool: Piscina | null = null;
let generation = 0;

/** Bumped when the pool stops: background work queued before then is dropped, not restarted. */
export const poolGeneration = () => generation;

function getPool(): Piscina {
  pool ??= new Piscina({
    filename: calcWorker.file,
    execArgv: calcWorker.execArgv,
    minThreads: 1,
    maxThreads: Math.max(1, Math.min(4, availableParallelism() - 1)),
    idleTimeout: 60_000,
  });
  return pool;
}

/** Stops the workers (server shutdown, tests). */
export async function closeCalcPool(): Promise<void> {
  const p = pool;
  pool = null;
  generation++;
  await p?.destroy();
}

/** A worker's failure as the calculation package's own typed error, for the one error mapping (errors.ts). */
function rethrow(failure: CalcFailure['error']): never {
  if (failure.code === 'INVALID_INPUT') throw new InputError(failure.issues ?? [], failure.message.split(':\n')[0]);
  if (failure.code === 'MISSING_PARAMETER') {
    const detail = failure.message.replace(/^Parameteren \S+ mangler: /, '');
    throw new MissingParameterError(failure.parameter ?? '', detail);
  }
  throw new Error(failure.message);
}

const unwrap = <T>(outcome: CalcOutcome): T => ('error' in outcome ? rethrow(outcome.error) : (outcome.value as T));

/** The full report (sensitivity, switching values, Monte Carlo) of one scenario, computed in a worker. */
export async function reportOffThread(scenario: unknown): Promise<BusinessCaseReport> {
  const task: CalcTask = { kind: 'report', scenario };
  return unwrap<BusinessCaseReport>((await getPool().run(task)) as CalcOutcome);
}

/** Deterministic results of many scenarios, in batches spread over the workers; a failure is null. */
export async function resultsOffThread(scenarios: unknown[], batchSize = 100): Promise<(BusinessCaseResult | null)[]> {
  const batches: unknown[][] = [];
  for (let i = 0; i < scenarios.length; i += batchSize) batches.push(scenarios.slice(i, i + batchSize));
  const outcomes = await Promise.all(
    batches.map((b) => getPool().run({ kind: 'results', scenarios: b } satisfies CalcTask) as Promise<CalcOutcome[]>),
  );
  return outcomes.flat().map((o) => ('error' in o ? null : (o.value as BusinessCaseResult)));
}
