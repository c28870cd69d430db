// The business-case worker (ADR 036): runs in a worker thread of calcPool.ts, so an expensive case (a
// long horizon, many Monte Carlo draws) never holds the request thread. Errors come back as data: an
// Error's class and fields do not survive the thread boundary.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import {
  businessCaseReport,
  CalcError,
  evaluateBusinessCase,
  parseScenario,
  type BusinessCaseResult,
  type InputIssue,
} from '@sundhed/calc';
import { buildScenario, type BusinessCaseAssumptions, type PriceValue } from '@sundhed/shared';
import { workerData } from 'piscina';
import { deterministicReport } from './deterministicReport';

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

/** The prices a case's lines may reference, by price id, at the level of the case's index (priceLookup). */
export type PriceTable = Record<string, PriceValue>;

/** A saved case to re-run: its latest assumptions as stored (JSON text, parsed here, not on the request thread). */
export interface RerunCase {
  id: string;
  /** The case's version when read: a case saved since keeps the result of its own save. */
  version: number;
  assumptions: string;
  prices: PriceTable;
  /** The old report's defaults, kept on the deterministic result. */
  defaultsApplied: string[];
}

export type CalcTask =
  | { kind: 'report'; scenario: unknown }
  /** Deterministic results only (no sensitivity, no Monte Carlo): the re-run after a price change. */
  | { kind: 'results'; scenarios: unknown[] }
  /**
   * The re-run of saved cases (ADR 051): builds each scenario from the case's assumptions and prices, runs the
   * deterministic result and answers the rows for the UPDATE as one JSON text plus each case's new NPV, so
   * the request thread neither builds scenarios nor copies or serialises results.
   */
  | { kind: 'rerun'; cases: RerunCase[] }
  /** The full report of a saved case from its assumptions, as JSON text (the queued reports after a re-run). */
  | { kind: 'caseReport'; case: CaseReportInput };

/** What the full report of a saved case needs. */
export type CaseReportInput = Pick<RerunCase, 'assumptions' | 'prices'>;

/** Cases per database write in a re-run: small writes, so a reader's statements never queue behind a big one. */
export const RERUN_WRITE_CASES = 10;

export interface RerunBatch {
  /**
   * `[{ id, version, result }]` of the cases that ran, as JSON text for `jsonb_to_recordset`, one text per
   * write of at most RERUN_WRITE_CASES cases.
   */
  writes: string[];
  /** The new NPV per case in the order given; null where the case failed. */
  npvs: (number | null)[];
}

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

const scenarioOf = (c: CaseReportInput) =>
  buildScenario(JSON.parse(c.assumptions) as BusinessCaseAssumptions, (id) => c.prices[id]);

function rerun(cases: RerunCase[]): RerunBatch {
  const rows: { id: string; version: number; result: unknown }[] = [];
  const npvs = cases.map((c) => {
    const outcome = run(() => evaluateBusinessCase(parseScenario(scenarioOf(c)).scenario));
    if ('error' in outcome) return null;
    const r = outcome.value as BusinessCaseResult;
    rows.push({ id: c.id, version: c.version, result: deterministicReport(r, c.defaultsApplied) });
    return r.npv;
  });
  const writes: string[] = [];
  for (let i = 0; i < rows.length; i += RERUN_WRITE_CASES)
    writes.push(JSON.stringify(rows.slice(i, i + RERUN_WRITE_CASES)));
  return { writes, npvs };
}

export default function calc(task: CalcTask): CalcOutcome | CalcOutcome[] | RerunBatch {
  switch (task.kind) {
    case 'report':
      return run(() => businessCaseReport(parseScenario(task.scenario)));
    case 'results':
      return task.scenarios.map((scenario) => run(() => evaluateBusinessCase(parseScenario(scenario).scenario)));
    case 'rerun':
      return rerun(task.cases);
    case 'caseReport':
      return run(() => JSON.stringify(businessCaseReport(parseScenario(scenarioOf(task.case)))));
  }
}
