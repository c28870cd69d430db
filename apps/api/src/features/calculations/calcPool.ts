// Business cases off the request thread (issue 14, ADR 036): a Piscina pool of worker threads runs the
// calculation package, so an expensive allowed case (a long horizon, 20,000 Monte Carlo draws) never
// blocks other requests. Two pools per process, started on first use: the foreground pool (one thread per
// spare core) answers requests; the background pool (one thread at the lowest CPU priority, ADR 047) runs
// the full reports queued after a re-run, so on a 2-core machine they yield to the request thread.
import { availableParallelism } from 'node:os';
import { InputError, MissingParameterError, type BusinessCaseReport, type BusinessCaseResult } from '@sundhed/calc';
import { Piscina } from 'piscina';
import { calcWorker } from '../../db/paths';
import type {
  CalcFailure,
  CalcOutcome,
  CalcTask,
  CalcWorkerData,
  CaseReportInput,
  RerunBatch,
  RerunCase,
} from './calcWorker';

let pool: Piscina | null = null;
let background: Piscina | null = null;
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

function getBackgroundPool(): Piscina {
  background ??= new Piscina({
    filename: calcWorker.file,
    execArgv: calcWorker.execArgv,
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 10_000,
    workerData: { lowPriority: true } satisfies CalcWorkerData,
  });
  return background;
}

/** Stops the workers (server shutdown, tests). */
export async function closeCalcPool(): Promise<void> {
  const pools = [pool, background];
  pool = null;
  background = null;
  generation++;
  await Promise.all(pools.flatMap((p) => (p ? [p.destroy()] : [])));
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

/**
 * The full report (sensitivity, switching values, Monte Carlo) of one scenario, computed in a worker;
 * `background` work (nobody waits for it) runs in the low-priority pool.
 */
export async function reportOffThread(scenario: unknown, background = false): Promise<BusinessCaseReport> {
  const task: CalcTask = { kind: 'report', scenario };
  const p = background ? getBackgroundPool() : getPool();
  return unwrap<BusinessCaseReport>((await p.run(task)) as CalcOutcome);
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

/**
 * The re-run of saved cases (ADR 051): scenarios built and results computed and serialised in the workers,
 * in batches spread over them. One promise per batch, in order, so the caller can write each as it comes.
 */
export function rerunOffThread(cases: RerunCase[], batchSize = 100): Promise<RerunBatch>[] {
  const batches: Promise<RerunBatch>[] = [];
  for (let i = 0; i < cases.length; i += batchSize)
    batches.push(
      getPool().run({ kind: 'rerun', cases: cases.slice(i, i + batchSize) } satisfies CalcTask) as Promise<RerunBatch>,
    );
  return batches;
}

/** The full report of a saved case from its assumptions, as JSON text; in the low-priority pool by default. */
export async function caseReportOffThread(c: CaseReportInput, background = true) {
  const task: CalcTask = { kind: 'caseReport', case: c };
  const p = background ? getBackgroundPool() : getPool();
  return unwrap<string>((await p.run(task)) as CalcOutcome);
}
