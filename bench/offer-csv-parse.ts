// Reading an offer CSV (issue 8, ADR 025): parseCsv on a file of ROWS offers in the export's format
// (every column, quoted cells with semicolons, doubled quotes and line breaks, Danish letters). Prints
// the median of RUNS timed parses, rows per second and the file size.
// Run from the repository root: pnpm exec tsx bench/offer-csv-parse.ts   (ROWS=5000 RUNS=5 by default)
// PARSER=<path> times another module exporting parseCsv (e.g. the hand-written reader it replaced).
import { performance } from 'node:perf_hooks';
import { resolve } from 'node:path';
import { COLUMNS } from '../apps/api/src/features/offers/offerCsv';

const ROWS = Number(process.env.ROWS ?? 5000);
const RUNS = Number(process.env.RUNS ?? 5);

function quote(cell: string): string {
  return /[;"\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

function file(): string {
  const lines = [COLUMNS.map((c) => c.header).join(';')];
  for (let i = 0; i < ROWS; i++) {
    const cells = COLUMNS.map((c, j) => {
      if (c.header === 'Navn') return `Tilbud nr. ${i}; træning for ældre`;
      if (c.header === 'Beskrivelse') return `Første linje om "tilbud ${i}".\r\nAnden linje; med semikolon.`;
      if (c.header === 'Version') return String(1 + (i % 7));
      if (c.header === 'Alder fra') return '65';
      return j % 3 === 0 ? '' : `Værdi ${j} for række ${i}, på dansk`;
    });
    lines.push(cells.map(quote).join(';'));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

async function main() {
  const modulePath = process.env.PARSER ? resolve(process.env.PARSER) : '../apps/api/src/features/offers/offerCsv';
  const { parseCsv } = (await import(modulePath)) as typeof import('../apps/api/src/features/offers/offerCsv');
  const text = file();
  const check = parseCsv(text);
  if (check.error || check.records.length !== ROWS + 1) throw new Error(`parsed ${check.records.length} records`);
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const started = performance.now();
    parseCsv(text);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    `${ROWS} rows, ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB: median ${median.toFixed(0)} ms ` +
      `(${Math.round(ROWS / (median / 1000))} rows/s) over ${RUNS} runs; load ${(await import('node:os')).loadavg()[0]!.toFixed(2)}`,
  );
}

void main();
