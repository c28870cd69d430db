// Input schemas of projects and their follow-up (issue 9), shared by the API and the web forms.
import { z } from 'zod';
import { calendarDate, sourceInputSchema } from './validation';
import { validationMessages as m } from './messages/validation';
import { projectMessages as pm } from './messages/projects';

const text = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));
const optText = (max: number) => z.string({ error: m.required }).trim().max(max, m.tooLong(max)).nullable().optional();
const id = z.string({ error: m.required }).trim().min(1, m.required).max(100, m.required);
const year = z
  .number({ error: m.yearRange(2000, 2100) })
  .int(m.yearRange(2000, 2100))
  .min(2000, m.yearRange(2000, 2100))
  .max(2100, m.yearRange(2000, 2100));
const quarter = z.number({ error: m.quarterRange }).int(m.quarterRange).min(1, m.quarterRange).max(4, m.quarterRange);
const workStatus = z.enum(['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'AWAITING', 'DONE', 'PAUSED', 'CANCELLED'], {
  error: m.status,
});
const figure = z.number({ error: m.number }).min(-1e11, m.number).max(1e11, m.number);
const url = z
  .string({ error: m.url })
  .trim()
  .max(2000, m.tooLong(2000))
  .regex(/^https?:\/\/\S+$/, m.url)
  .nullable()
  .optional();
const source = sourceInputSchema.nullable().optional();

/** A new project, or every editable field of one (the form sends them all). */
export const projectInputSchema = z
  .object({
    name: text(200),
    ownerUnitId: id,
    description: optText(5000),
    purpose: optText(5000),
    purposeSource: source,
    targetGroup: optText(2000),
    targetGroupSource: source,
    themeId: z.string({ error: m.required }).trim().max(100).nullable().optional(),
    status: workStatus.optional(),
    startDate: calendarDate.nullable().optional(),
    endDate: calendarDate.nullable().optional(),
    evaluationMethod: optText(2000),
    evaluationResult: optText(5000),
    evaluationDate: calendarDate.nullable().optional(),
    evaluationUrl: url,
    evaluationSource: source,
    source,
  })
  .refine((v) => !v.startDate || !v.endDate || v.endDate >= v.startDate, {
    message: m.dateOrder,
    path: ['endDate'],
  });

export const closeProjectInputSchema = z.object({
  status: z.enum(['DONE', 'CANCELLED'], { error: pm.closeStatus }),
  closedOn: calendarDate.nullable().optional(),
  reason: text(2000),
});

export const moveProjectInputSchema = z.object({
  toUnitId: id,
  reason: text(2000),
  /** The day the new unit takes over; today (shared clock) when absent. */
  date: calendarDate.nullable().optional(),
  source,
});

export const statusReportInputSchema = z.object({
  year,
  quarter,
  colour: z.enum(['GREEN', 'YELLOW', 'RED'], { error: m.colour }),
  text: text(2000),
  source,
});

export const indicatorInputSchema = z.object({
  name: text(200),
  unit: text(50),
  baseline: figure.nullable().optional(),
  target: figure.nullable().optional(),
  source,
});

export const indicatorValueInputSchema = z.object({
  periodYear: z
    .number({ error: m.periodRequired })
    .int(m.yearRange(2000, 2100))
    .min(2000, m.yearRange(2000, 2100))
    .max(2100, m.yearRange(2000, 2100)),
  periodQuarter: quarter.nullable().optional(),
  value: figure,
  note: optText(1000),
  source,
});

export type ProjectInput = z.infer<typeof projectInputSchema>;
export type CloseProjectInput = z.infer<typeof closeProjectInputSchema>;
export type MoveProjectInput = z.infer<typeof moveProjectInputSchema>;
export type StatusReportInput = z.infer<typeof statusReportInputSchema>;
export type IndicatorInput = z.infer<typeof indicatorInputSchema>;
export type IndicatorValueInput = z.infer<typeof indicatorValueInputSchema>;
