// Input schemas of the cluster secretariat's records (issue 10, ADR 031), shared by the API and the forms.
import { z } from 'zod';
import { calendarDate, sourceInputSchema } from './validation';
import { validationMessages as m } from './messages/validation';
import { clusterMessages as cm } from './messages/cluster';

const text = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));
const optText = (max: number) => z.string({ error: m.required }).trim().max(max, m.tooLong(max)).nullable().optional();
const optId = z.string({ error: m.required }).trim().max(100, m.required).nullable().optional();
const time = z
  .string({ error: m.time })
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, m.time)
  .nullable()
  .optional();
const year = z
  .number({ error: m.yearRange(2000, 2100) })
  .int(m.yearRange(2000, 2100))
  .min(2000, m.yearRange(2000, 2100))
  .max(2100, m.yearRange(2000, 2100));
const kroner = z.number({ error: cm.notNegative }).int(cm.notNegative).min(0, cm.notNegative).max(1e11, cm.notNegative);
const url = z
  .string({ error: m.url })
  .trim()
  .max(2000, m.tooLong(2000))
  .regex(/^https?:\/\/\S+$/, m.url);
const source = sourceInputSchema.nullable().optional();

export const participantInputSchema = z.object(
  {
    organisation: text(200),
    function: optText(200),
    attendance: z.enum(['PRESENT', 'APOLOGY', 'INVITED'], { error: cm.attendanceInvalid }).optional(),
  },
  { error: m.required },
);

export const meetingInputSchema = z
  .object({
    title: text(300),
    date: calendarDate,
    startTime: time,
    endTime: time,
    place: optText(300),
    kind: z.enum(['ORDINARY', 'EXTRAORDINARY'], { error: cm.meetingKindInvalid }).optional(),
    participants: z.array(participantInputSchema, { error: m.required }).max(200, m.tooLong(200)).optional(),
    source,
  })
  .refine((v) => !v.startTime || !v.endTime || v.endTime > v.startTime, {
    message: m.timeOrder,
    path: ['endTime'],
  });

export const agendaItemInputSchema = z.object({
  number: z.number({ error: m.wholeNumber }).int(m.wholeNumber).min(1, m.wholeNumber).max(999, m.wholeNumber),
  title: text(300),
  background: optText(20000),
  recommendation: optText(10000),
  expectedMinutes: z
    .number({ error: cm.minutes })
    .int(cm.minutes)
    .min(1, cm.minutes)
    .max(600, cm.minutes)
    .nullable()
    .optional(),
  journalNumber: optText(100),
  attachments: z.array(url, { error: m.url }).max(50, m.tooLong(50)).optional(),
  /** The proposal the item treats (meetings of the municipality's own bodies, ADR 047). */
  proposalId: z.string().trim().max(100).nullable().optional(),
  source,
});

export const decisionInputSchema = z.object({
  outcome: z.enum(['APPROVED', 'APPROVED_WITH_CHANGES', 'POSTPONED', 'REJECTED'], { error: cm.outcomeInvalid }),
  decision: optText(20000),
  decidedOn: calendarDate.nullable().optional(),
  source,
});

const decisionRef = z.string({ error: cm.decisionRequired }).trim().min(1, cm.decisionRequired).max(100);

export const grantInputSchema = z
  .object({
    /** The decision that creates the grant. */
    agendaItemId: decisionRef,
    area: z.enum(['PSYCHIATRY', 'SOMATIC', 'OTHER'], { error: cm.areaInvalid }),
    title: text(300),
    purpose: optText(10000),
    targetGroup: optText(2000),
    year,
    yearTo: year.nullable().optional(),
    advancedFromYear: year.nullable().optional(),
    amountKr: kroner,
    hostMunicipalityId: optId,
    posts: optText(2000),
    note: optText(2000),
    source,
  })
  .refine((v) => v.yearTo == null || v.yearTo >= v.year, { message: cm.yearToBeforeYear, path: ['yearTo'] });

export const grantAmountInputSchema = z.object({
  agendaItemId: decisionRef,
  amountKr: kroner,
  effectiveDate: calendarDate.nullable().optional(),
  note: optText(2000),
  source,
});

export const grantSplitInputSchema = z.object({
  agendaItemId: decisionRef,
  note: optText(2000),
  parts: z
    .array(
      z.object(
        {
          title: text(300),
          hostMunicipalityId: optId,
          amountKr: kroner,
          posts: optText(2000),
        },
        { error: m.required },
      ),
      { error: cm.twoParts },
    )
    .min(2, cm.twoParts)
    .max(10, cm.twoParts),
});

export const followUpInputSchema = z
  .object({
    grantId: optId,
    agendaItemId: optId,
    text: text(5000),
    responsible: text(300),
    dueDate: calendarDate,
    status: z.enum(['OPEN', 'DONE', 'CANCELLED'], { error: cm.followUpStatusInvalid }).optional(),
    doneOn: calendarDate.nullable().optional(),
    reportedBy: optText(300),
    note: optText(5000),
    source,
  })
  .refine((v) => !!v.grantId || !!v.agendaItemId, { message: cm.parentRequired, path: ['grantId'] })
  .refine((v) => v.status !== 'DONE' || !!v.doneOn, { message: cm.doneNeedsDay, path: ['doneOn'] });

/** Hands open follow-up points over to the successor body (or a named owner) when a body ends. */
export const handOverInputSchema = z.object({
  /** The new owner; the successor body's name when absent. */
  owner: optText(300),
  date: calendarDate.nullable().optional(),
});

export type HandOverInput = z.infer<typeof handOverInputSchema>;
export type MeetingInput = z.infer<typeof meetingInputSchema>;
export type AgendaItemInput = z.infer<typeof agendaItemInputSchema>;
export type DecisionInput = z.infer<typeof decisionInputSchema>;
export type GrantInput = z.infer<typeof grantInputSchema>;
export type GrantAmountInput = z.infer<typeof grantAmountInputSchema>;
export type GrantSplitInput = z.infer<typeof grantSplitInputSchema>;
export type FollowUpInput = z.infer<typeof followUpInputSchema>;
