import type { MilestoneData } from './fragments';

export interface TimelineColumn {
  /** Sort key: year * 10 + quarter (0 for milestones with a year only). */
  key: number;
  year: number;
  /** 1–4, or null for the column of milestones dated by year only. */
  quarter: number | null;
}

/** The column a milestone belongs in: its quarter, else the quarter of its date, else its year. */
export function milestoneColumnKey(milestone: Pick<MilestoneData, 'year' | 'quarter' | 'date'>): number {
  if (milestone.quarter) return milestone.year * 10 + milestone.quarter;
  if (milestone.date) {
    const month = Number(milestone.date.slice(5, 7));
    return milestone.year * 10 + Math.ceil(month / 3);
  }
  return milestone.year * 10;
}

/**
 * Every quarter from the earliest to the latest milestone (gaps included, so the timeline reads as
 * time), plus a year-only column where some milestone has no quarter and no date.
 */
export function timelineColumns(
  milestones: readonly Pick<MilestoneData, 'year' | 'quarter' | 'date'>[],
): TimelineColumn[] {
  if (milestones.length === 0) return [];
  const keys = milestones.map(milestoneColumnKey);
  const quarterKeys = keys.filter((key) => key % 10 !== 0);
  const columns: TimelineColumn[] = [];
  if (quarterKeys.length > 0) {
    const first = Math.min(...quarterKeys);
    const last = Math.max(...quarterKeys);
    for (let year = Math.floor(first / 10); year <= Math.floor(last / 10); year += 1) {
      for (let quarter = 1; quarter <= 4; quarter += 1) {
        const key = year * 10 + quarter;
        if (key >= first && key <= last) columns.push({ key, year, quarter });
      }
    }
  }
  for (const key of new Set(keys.filter((candidate) => candidate % 10 === 0))) {
    columns.push({ key, year: key / 10, quarter: null });
  }
  return columns.sort((a, b) => a.key - b.key);
}
