-- Yearly sums per breakdown key of each co-financing import (ADR 068): the comparison levels of the
-- page read every municipality's breakdowns of one year from here, a twelfth of the monthly rows.
CREATE TABLE "CofinancingYearSummary" (
    "importId" TEXT NOT NULL,
    "municipalityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "dimension" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "amount" DOUBLE PRECISION NOT NULL,
    CONSTRAINT "CofinancingYearSummary_pkey" PRIMARY KEY ("importId", "year", "dimension", "key")
);
CREATE INDEX "CofinancingYearSummary_year_dimension_idx" ON "CofinancingYearSummary"("year", "dimension");
ALTER TABLE "CofinancingYearSummary" ADD CONSTRAINT "CofinancingYearSummary_importId_fkey" FOREIGN KEY ("importId") REFERENCES "CofinancingImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "CofinancingYearSummary" ("importId", "municipalityId", "year", "dimension", "key", "amount")
SELECT "importId", "municipalityId", "year", "dimension", "key", sum("amount")
  FROM "CofinancingSummary" WHERE "dimension" <> 'total'
 GROUP BY "importId", "municipalityId", "year", "dimension", "key";
