// A money flow around the end of kommunal medfinansiering (issue 13 item 5, ADR 069), shared by the API
// and the form: a source is required (the API also refuses an amount or rule without one), the period in order.
import { z } from 'zod';
import { calendarDate, sourceInputSchema } from './validation';
import { validationMessages as m } from './messages/validation';
import { fundingFlowMessages as fm } from './messages/fundingFlows';

export const fundingFlowStatuses = ['KNOWN', 'AGREED_NOT_LEGISLATED', 'NOT_KNOWN'] as const;
export const fundingPartyKinds = ['MUNICIPALITY', 'REGION', 'STATE', 'HEALTH_COUNCIL', 'NOT_KNOWN'] as const;

const text = (max: number) => z.string({ error: m.required }).trim().min(1, m.required).max(max, m.tooLong(max));
const optText = (max: number) =>
  z
    .string({ error: m.required })
    .trim()
    .max(max, m.tooLong(max))
    .transform((v) => v || null)
    .nullable()
    .optional();

export const fundingFlowInputSchema = z
  .object({
    name: text(200),
    payerKind: z.enum(fundingPartyKinds, { error: fm.partyInvalid }),
    recipientKind: z.enum(fundingPartyKinds, { error: fm.partyInvalid }),
    validFrom: calendarDate.nullable().optional(),
    validTo: calendarDate.nullable().optional(),
    status: z.enum(fundingFlowStatuses, { error: fm.statusInvalid }),
    known: text(1000),
    amountOrRule: optText(500),
    replacesCofinancing: z.boolean({ error: m.required }).nullable().optional(),
    publisher: optText(200),
    source: sourceInputSchema.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    if (v.validFrom && v.validTo && v.validTo < v.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: fm.periodOrder });
    if (v.source === null) ctx.addIssue({ code: 'custom', path: ['source'], message: fm.sourceRequired });
  });

export type FundingFlowInput = z.infer<typeof fundingFlowInputSchema>;
