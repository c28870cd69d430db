import type { Deadweight } from './types';

/**
 * Success rate net of deadweight (docs/reference/skandia.md §6.2).
 * percentagePoints: SØM FAQ, 12 % − 2 % = 10 %, never below zero.
 * shareOfOutcomes: SROI / GMCA, p × (1 − dw).
 */
export function netSuccessRate(grossSuccessRate: number, deadweight: Deadweight): number {
  if (deadweight.mode === 'percentagePoints') return Math.max(0, grossSuccessRate - deadweight.value);
  return grossSuccessRate * (1 - deadweight.value);
}

/** The inverse of {@link netSuccessRate}: the gross rate that yields a given net rate. */
export function grossFromNetSuccessRate(netRate: number, deadweight: Deadweight): number | null {
  if (deadweight.mode === 'percentagePoints') return netRate + deadweight.value;
  return deadweight.value >= 1 ? null : netRate / (1 - deadweight.value);
}
