-- A milestone's "Færdig den" cannot lie after today (the rule of 5.12.2026), and a row holding such a day
-- cannot be saved until the day is corrected. The demo seed (prisma/seed/) sets no done day; the generated
-- portfolio (apps/api/src/seed/generatePortfolio.ts, milestones 2024–2028 for benchmarks and tests) made
-- each done milestone's day from its planned quarter, so for quarters after the day it was generated the
-- day was a plan, not a completion. Such a milestone is open again (IN_PROGRESS, as the generator now makes
-- it) without a done day, and the day becomes its planned day where none is set and it lies in the
-- milestone's year and quarter (a planned day must). "After seeding" is after the project's creation day,
-- or today for a theme's milestone (a theme keeps no creation day).
-- Only rows no user wrote are corrected: version 1 and no history row (every create and save in the app
-- writes one, ADR 016/027; the done day and the history came in the same migration). A day a user typed
-- stays for the user to correct. The correction is written to the history without a user and bumps the
-- version, so an edit form opened before meets CONFLICT instead of saving the old values back.
WITH seeded AS (
  SELECT m."id", COALESCE(p."municipalityId", t."municipalityId") AS "municipalityId", m."projectId", m."themeId",
         m."completedOn", m."date" AS "oldDate",
         CASE WHEN m."date" IS NULL
                   AND extract(year FROM m."completedOn") = m."year"
                   AND (m."quarter" IS NULL OR extract(quarter FROM m."completedOn") = m."quarter")
              THEN m."completedOn" ELSE m."date" END AS "newDate"
    FROM "Milestone" m
    LEFT JOIN "Project" p ON p."id" = m."projectId"
    LEFT JOIN "Theme" t ON t."id" = m."themeId"
   WHERE m."status" = 'DONE'
     -- LEAST skips a NULL: a theme's milestone is judged against today.
     AND m."completedOn" > LEAST(((p."createdAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Copenhagen')::date,
                                 (now() AT TIME ZONE 'Europe/Copenhagen')::date)
     AND m."version" = 1
     AND NOT EXISTS (SELECT 1 FROM "ChangeLog" c WHERE c."recordType" = 'MILESTONE' AND c."recordId" = m."id")
),
fixed AS (
  UPDATE "Milestone" m
     SET "status" = 'IN_PROGRESS', "completedOn" = NULL, "date" = s."newDate", "version" = m."version" + 1
    FROM seeded s
   WHERE m."id" = s."id"
  RETURNING s."id", s."municipalityId", s."projectId", s."themeId", s."completedOn", s."oldDate", s."newDate",
            m."version"
)
INSERT INTO "ChangeLog" ("id", "municipalityId", "recordType", "recordId", "projectId", "themeId", "userId",
                         "changedAt", "action", "field", "oldValue", "newValue", "version")
SELECT gen_random_uuid()::text, f."municipalityId", 'MILESTONE'::"ChangeRecord", f."id", f."projectId", f."themeId",
       NULL, now() AT TIME ZONE 'UTC', 'UPDATE'::"ChangeAction", c."field", c."old", c."new", f."version"
  FROM fixed f
 CROSS JOIN LATERAL (VALUES
   ('status', '"DONE"'::jsonb, '"IN_PROGRESS"'::jsonb),
   ('completedOn', to_jsonb(to_char(f."completedOn", 'YYYY-MM-DD')), NULL::jsonb),
   ('date', to_jsonb(to_char(f."oldDate", 'YYYY-MM-DD')), to_jsonb(to_char(f."newDate", 'YYYY-MM-DD')))
 ) AS c("field", "old", "new")
 WHERE c."field" <> 'date' OR f."newDate" IS DISTINCT FROM f."oldDate";
