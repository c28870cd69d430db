// The late rules in SQL, for lists that filter or count by them (the portfolio, "Kræver opmærksomhed").
// They mirror the shared functions in packages/shared/src/followUp.ts, which are the definition
// (milestoneDue, milestoneTimeliness, missingStatusReport); lateRules.test.ts checks that both agree on
// the same rows at several dates.
import { previousQuarter, quarterEnd, REPORTING_STATUSES } from '@sundhed/shared';
import { Prisma } from '../../__generated__/prisma/client';

/** A milestone's due day: its date, else its quarter's last day, else its year's last day. */
export const dueSql = (m: string) =>
  Prisma.raw(
    `coalesce(${m}."date", (make_date(${m}."year", coalesce(${m}."quarter", 4) * 3, 1) + interval '1 month' - interval '1 day')::date)`,
  );

/** Not done and its time has passed by `today`. */
export const lateSql = (m: string, today: string) =>
  Prisma.sql`(${Prisma.raw(`${m}."status"`)} NOT IN ('DONE', 'CANCELLED') AND ${dueSql(m)} < ${today}::date)`;

/** The day a project is first known to exist: its start, else its first ownership, else its creation. */
export const activeFromSql = (p: string) =>
  Prisma.raw(
    `coalesce(${p}."startDate", (SELECT min(o."fromDate") FROM "ProjectOwnership" o WHERE o."projectId" = ${p}."id"), ${p}."createdAt"::date)`,
  );

/** The last finished quarter's report is owed by a running project and missing (shared missingStatusReport). */
export function missingReportSql(p: string, today: string) {
  const last = previousQuarter(today);
  const col = (c: string) => Prisma.raw(`${p}."${c}"`);
  return Prisma.sql`(${col('status')}::text = ANY(${[...REPORTING_STATUSES]}::text[]) AND ${col('closedOn')} IS NULL
    AND ${activeFromSql(p)} <= ${quarterEnd(last)}::date
    AND NOT EXISTS (SELECT 1 FROM "StatusReport" r WHERE r."projectId" = ${col('id')}
                     AND r."year" = ${last.year} AND r."quarter" = ${last.quarter}))`;
}

/** The newest status report's colour is red, and the project is still open. */
export const redSql = (p: string) =>
  Prisma.raw(
    `(${p}."closedOn" IS NULL AND (SELECT r."colour"::text FROM "StatusReport" r WHERE r."projectId" = ${p}."id" ORDER BY r."year" DESC, r."quarter" DESC LIMIT 1) = 'RED')`,
  );

/** A budget line's actual spend passes its budget in kroner. */
export const overrunSql = (b: string) =>
  Prisma.raw(`(${b}."amountKr" IS NOT NULL AND ${b}."actualKr" > ${b}."amountKr")`);
