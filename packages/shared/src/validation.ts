// Input schemas shared by the API (authoritative checks) and the web forms (early feedback).
import { z } from 'zod';
import { dateToIso, parseCalendarDate } from './dates';
import { fieldLabels, validationMessages as m } from './messages/validation';

const workStatus = z.enum(['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'AWAITING', 'DONE', 'PAUSED', 'CANCELLED'], {
  error: m.status,
});
const year = z
  .number({ error: m.yearRange(2000, 2100) })
  .int(m.yearRange(2000, 2100))
  .min(2000, m.yearRange(2000, 2100))
  .max(2100, m.yearRange(2000, 2100));
const text = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));
/**
 * A calendar date as `yyyy-mm-dd`. Through the API it arrives as a Date the `Date` scalar has already
 * parsed and validated (once, with parseCalendarDate); a form passes the typed text, which the same
 * parser reads. Either way the result is the ISO day.
 */
export const calendarDate = z.union([z.date(), z.string()], { error: m.calendarDate }).transform((v, ctx) => {
  if (v instanceof Date) return dateToIso(v);
  const parsed = parseCalendarDate(v);
  if (parsed.ok) return parsed.iso;
  ctx.addIssue({ code: 'custom', message: parsed.problem === 'DATE_FORMAT' ? m.calendarDate : m.dateDoesNotExist });
  return z.NEVER;
});
const isoDate = calendarDate;

/** Where a figure a user enters comes from: a document (title, section, date) or a link. */
export const sourceInputSchema = z
  .object({
    title: z.string({ error: m.required }).trim().max(300, m.tooLong(300)).nullable().optional(),
    section: z.string({ error: m.required }).trim().max(300, m.tooLong(300)).nullable().optional(),
    date: calendarDate.nullable().optional(),
    url: z
      .string({ error: m.url })
      .trim()
      .max(2000, m.tooLong(2000))
      .regex(/^https?:\/\/\S+$/, m.url)
      .nullable()
      .optional(),
    note: z.string({ error: m.required }).trim().max(1000, m.tooLong(1000)).nullable().optional(),
  })
  .refine((s) => !!(s.title || s.url), { message: m.sourceNeedsTitle, path: ['title'] });
export type SourceInput = z.infer<typeof sourceInputSchema>;

export const themeInputSchema = z.object({
  title: text(200).optional(),
  description: text(5000).optional(),
  status: workStatus.optional(),
  timeFrame: z.string({ error: m.required }).trim().max(500, m.tooLong(500)).nullable().optional(),
});

export const milestoneInputSchema = z
  .object({
    year,
    quarter: z
      .number({ error: m.quarterRange })
      .int(m.quarterRange)
      .min(1, m.quarterRange)
      .max(4, m.quarterRange)
      .nullable()
      .optional(),
    date: isoDate.nullable().optional(),
    text: text(1000),
    status: workStatus.optional(),
    /** The day it was done; a milestone set to DONE without one is done today (shared clock). */
    completedOn: isoDate.nullable().optional(),
    source: sourceInputSchema.nullable().optional(),
  })
  .refine((v) => !v.date || Number(v.date.slice(0, 4)) === v.year, { message: m.dateInYear, path: ['date'] })
  .refine((v) => !v.date || !v.quarter || Math.ceil(Number(v.date.slice(5, 7)) / 3) === v.quarter, {
    message: m.dateInQuarter,
    path: ['date'],
  });

export const budgetLineInputSchema = z
  .object({
    year,
    description: text(500),
    amountKr: z
      .number({ error: m.wholeKroner })
      .int(m.wholeKroner)
      .min(0, m.wholeKroner)
      .max(2_000_000_000, m.wholeKroner)
      .nullable()
      .optional(),
    staffHours: z.number({ error: m.hours }).min(0, m.hours).max(100_000, m.hours).nullable().optional(),
    hoursUnit: z.enum(['PER_WEEK', 'PER_MONTH', 'PER_YEAR', 'TOTAL'], { error: m.hoursUnit }).nullable().optional(),
    fundingSource: z.string({ error: m.required }).trim().max(300, m.tooLong(300)).nullable().optional(),
    /** Actual spend of the year in whole kroner, with where it comes from (e.g. the finance partner's Excel). */
    actualKr: z
      .number({ error: m.wholeKroner })
      .int(m.wholeKroner)
      .min(0, m.wholeKroner)
      .max(2_000_000_000, m.wholeKroner)
      .nullable()
      .optional(),
    actualSource: sourceInputSchema.nullable().optional(),
    source: sourceInputSchema.nullable().optional(),
  })
  .refine((v) => v.amountKr != null || v.staffHours != null, { message: m.amountOrHours, path: ['amountKr'] })
  .refine((v) => v.staffHours == null || v.hoursUnit != null, { message: m.hoursNeedUnit, path: ['hoursUnit'] });

export type ThemeInput = z.infer<typeof themeInputSchema>;
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;
export type BudgetLineInput = z.infer<typeof budgetLineInputSchema>;

export interface FieldIssue {
  /** Path of the field, e.g. "input.year". */
  path: string;
  /** Danish message, e.g. "Årstal skal være et årstal mellem 2000 og 2100". */
  message: string;
}

/** Zod issues as Danish messages naming the field. */
export function toFieldIssues(error: z.ZodError, prefix = 'input'): FieldIssue[] {
  return error.issues.map((issue) => {
    const field = String(issue.path[issue.path.length - 1] ?? '');
    const label = (fieldLabels as Record<string, string>)[field] ?? field;
    return { path: [prefix, ...issue.path.map(String)].join('.'), message: `${label} ${issue.message}` };
  });
}
