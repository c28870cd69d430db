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

/** Quarters shown before and after today's quarter in the timeline's window. */
export const WINDOW_BACK = 4;
export const WINDOW_AHEAD = 4;

/** The column key (year * 10 + quarter) of the quarter a `yyyy-mm-dd` day falls in. */
export function quarterKeyOf(isoDay: string): number {
  return Number(isoDay.slice(0, 4)) * 10 + Math.ceil(Number(isoDay.slice(5, 7)) / 3);
}

/** A quarter key moved by a number of quarters (negative: back in time). */
export function shiftQuarter(key: number, quarters: number): number {
  const index = Math.floor(key / 10) * 4 + (key % 10) - 1 + quarters;
  return Math.floor(index / 4) * 10 + (index % 4) + 1;
}

export interface TimelineWindow {
  /** First and last quarter key of the window. */
  first: number;
  last: number;
}

/** The window around a quarter: WINDOW_BACK quarters before it, WINDOW_AHEAD after. */
export function windowAround(center: number, back = WINDOW_BACK, ahead = WINDOW_AHEAD): TimelineWindow {
  return { first: shiftQuarter(center, -back), last: shiftQuarter(center, ahead) };
}

/** Where a column key lies relative to a window: before it, in it or after it (a year-only key by its year). */
export function placeInWindow(key: number, window: TimelineWindow): -1 | 0 | 1 {
  if (key % 10 === 0) {
    const year = key / 10;
    if (year < Math.floor(window.first / 10)) return -1;
    if (year > Math.floor(window.last / 10)) return 1;
    return 0;
  }
  if (key < window.first) return -1;
  if (key > window.last) return 1;
  return 0;
}

/**
 * Every quarter of the window (empty ones too, so the timeline reads as time), plus a year-only column for
 * a year of the window where some milestone has no quarter and no date.
 */
export function windowColumns(
  window: TimelineWindow,
  milestones: readonly Pick<MilestoneData, 'year' | 'quarter' | 'date'>[],
): TimelineColumn[] {
  const columns: TimelineColumn[] = [];
  for (let key = window.first; key <= window.last; key = shiftQuarter(key, 1)) {
    columns.push({ key, year: Math.floor(key / 10), quarter: key % 10 });
  }
  const yearKeys = new Set(
    milestones.map(milestoneColumnKey).filter((key) => key % 10 === 0 && placeInWindow(key, window) === 0),
  );
  for (const key of yearKeys) columns.push({ key, year: key / 10, quarter: null });
  return columns.sort((a, b) => a.key - b.key);
}
