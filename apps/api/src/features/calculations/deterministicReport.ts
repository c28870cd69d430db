// A deterministic result in the shape of a report, without sensitivity or Monte Carlo: what a re-run after a
// price change stores until the queued full report replaces it (ADR 036). Used in the worker and in the API.
import type { BusinessCaseResult } from '@sundhed/calc';

export const deterministicReport = (r: BusinessCaseResult, defaultsApplied: string[] = []) => ({
  ...r,
  tornado: [],
  switchingValues: {},
  monteCarlo: null,
  defaultsApplied,
});
