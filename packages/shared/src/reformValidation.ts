// The staff unit's mark on an offer or project whose task moves to the region on 1 January 2027
// (issue 10, ADR 038), shared by the API and the form.
import { z } from 'zod';
import { calendarDate, sourceInputSchema } from './validation';
import { validationMessages as m } from './messages/validation';
import { reformMessages as rm } from './messages/reform';

export const reformTasks = [
  'PATIENT_PREVENTION',
  'SPECIALISED_REHABILITATION',
  'ACUTE_NURSING',
  'TEMPORARY_PLACES',
] as const;

export const reformTransferInputSchema = z
  .object({
    offerId: z.string({ error: m.required }).trim().max(100, m.required).nullable().optional(),
    projectId: z.string({ error: m.required }).trim().max(100, m.required).nullable().optional(),
    task: z.enum(reformTasks, { error: rm.taskInvalid }),
    moves: z.boolean({ error: m.required }),
    newOwner: z.string({ error: m.required }).trim().max(300, m.tooLong(300)).nullable().optional(),
    runsForRegion: z.boolean({ error: m.required }).nullable().optional(),
    effectiveDate: calendarDate,
    note: z.string({ error: m.required }).trim().max(2000, m.tooLong(2000)).nullable().optional(),
    source: sourceInputSchema.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (!v.offerId === !v.projectId) ctx.addIssue({ code: 'custom', path: ['offerId'], message: rm.oneRecord });
    if (v.moves && !v.newOwner) ctx.addIssue({ code: 'custom', path: ['newOwner'], message: rm.ownerRequired });
    if (!v.moves && v.runsForRegion)
      ctx.addIssue({ code: 'custom', path: ['runsForRegion'], message: rm.runsOnlyWhenMoving });
  });

export type ReformTransferInput = z.infer<typeof reformTransferInputSchema>;
