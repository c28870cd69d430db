// Writes the shipped rate sets as rate files, so the examples never drift from the data in src/.
// Run: pnpm exec tsx packages/calc/examples/writeRateExamples.ts
import { writeFileSync } from 'node:fs';
import { ACONTO_2019_REGION_H, AGE_2018_REGION_H, FLAT_2012_REGION_H } from '../src/data/shippedRateSets';

const dir = new URL('.', import.meta.url);
for (const [file, set] of [
  ['rates-flat2012-regionh.json', FLAT_2012_REGION_H],
  ['rates-age2018-regionh.json', AGE_2018_REGION_H],
  ['rates-aconto2019-regionh.json', ACONTO_2019_REGION_H],
] as const) {
  writeFileSync(new URL(file, dir), `${JSON.stringify(set, null, 2)}\n`);
}
