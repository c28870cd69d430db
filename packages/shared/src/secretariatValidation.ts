// Input of a secretariat hand-over to the successor body (issue 10, ADR 038), shared by the API and forms.
import { z } from 'zod';
import { validationMessages as m } from './messages/validation';

const yesNo = z.boolean({ error: m.required });

export const secretariatHandOverInputSchema = z.object({
  /** Whether the successor's secretariat also reads the old body's unpublished drafts. */
  includeDrafts: yesNo,
  /** Whether the old body's secretariat accounts now belong to the successor. */
  moveAccounts: yesNo,
});

export type SecretariatHandOverInput = z.infer<typeof secretariatHandOverInputSchema>;
