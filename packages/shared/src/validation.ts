// Input schemas shared by the API (authoritative checks) and the web forms (early feedback).
import { z } from 'zod';
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
const isoDate = z
  .string({ error: m.dateFormat })
  .regex(/^\d{4}-\d{2}-\d{2}$/, m.dateFormat)
  .refine((s) => !Number.isNaN(Date.parse(s)), m.dateFormat);

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
  })
  .refine((v) => !v.date || Number(v.date.slice(0, 4)) === v.year, { message: m.dateInYear, path: ['date'] });

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
