// The business-case worker (ADR 036): runs in a worker thread of calcPool.ts, so an expensive case (a
// long horizon, many Monte Carlo draws) never holds the request thread. Errors come back as data: an
// Error's class and fields do not survive the thread boundary.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { businessCaseReport, CalcError, evaluateBusinessCase, parseScenario, type InputIssue } from '@sundhed/calc';
import { workerData } from 'piscina';

export interface CalcWorkerData {
  /** The background pool's thread: lowest CPU priority, so it yields to the request thread (ADR 047). */
  lowPriority?: boolean;
}

/**
 * Lowers this thread's priority only (not the process's): on Linux setpriority(2) with a thread id applies
 * to that thread, and /proc/thread-self names it. Piscina's own `niceIncrement` needs a native addon
 * (@napi-rs/nice); this needs none. Elsewhere the thread keeps its priority.
 */
function lowerThreadPriority() {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
  } catch {
    // not Linux: the background thread runs at normal priority
  }
}

if ((workerData as CalcWorkerData | undefined)?.lowPriority) lowerThreadPriority();

export type CalcTask =
  | { kind: 'report'; scenario: unknown }
  /** Deterministic results only (no sensitivity, no Monte Carlo): the re-run after a price change. */
  | { kind: 'results'; scenarios: unknown[] };

export type CalcFailure = { error: { code: string; message: string; issues?: InputIssue[]; parameter?: string } };
export type CalcOutcome = { value: unknown } | CalcFailure;

function run(fn: () => unknown): CalcOutcome {
  try {
    return { value: fn() };
  } catch (error) {
    if (error instanceof CalcError) {
      const e = error as CalcError & { issues?: InputIssue[]; parameter?: string };
      return { error: { code: e.code, message: e.message, issues: e.issues, parameter: e.parameter } };
    }
    throw error;
  }
}

export default function calc(task: CalcTask): CalcOutcome | CalcOutcome[] {
  if (task.kind === 'report') return run(() => businessCaseReport(parseScenario(task.scenario)));
  return task.scenarios.map((scenario) => run(() => evaluateBusinessCase(parseScenario(scenario).scenario)));
}
