// Synthetic co-financing demo data (issue 13, ADR 046): the /medfinansiering page and the director's card
// have something to show in demo mode. No public source gives activity, amounts, age groups or preventable
// admissions per municipality (docs/reference/cofinancing.md §7.2), so every figure here is made by a
// deterministic generator and labelled "Syntetiske demodata": the batches' `synthetic` flag and source text,
// and the Source of the population and preventable admissions. Only the magnitudes are anchored:
// - about 3,900 kr. per inhabitant a year, the national order of magnitude in cofinancing.md §7 (2020 level
//   23.0 bn kr. over ~5.8 m inhabitants);
// - preventable admissions about 71 per 1,000 citizens aged 65+ (DI, June 2024, Region Hovedstaden, §5);
// - Ishøj's total population follows the public 1 January figures of cofinancing.md §7.1 (interpolated
//   between them; the split into age groups is synthetic); the other municipalities' sizes are rough.
// The amount column prices every year's synthetic rows under the shipped flat 2012 rate set (confirmed
// shares, approximate caps, cofinancing.md §2.1), whatever the year's regime: a magnitude for the demo.
// The activity goes through the real import (COPY or batched inserts), so the sums are the import's own.
import { Readable } from 'node:stream';
import {
  compileRateSet,
  contactAmount,
  createRng,
  FLAT_2012_REGION_H,
  PREVENTABLE_GROUPS,
  rateFor,
  type ContactType,
  type Rng,
  type Sector,
} from '@sundhed/calc';
import { isoToDate } from '@sundhed/shared';
import type { Db } from '../db/prisma';
import { importActivity } from '../features/cofinancing/activityImport';

export const SYNTHETIC_LABEL = 'Syntetiske demodata';
/** Full years only, ending before the demo's present (eSundhed's figures come with a lag). */
export const DEMO_YEARS = { from: 2017, to: 2024 } as const;

/** Ishøj and the municipalities of its comparison levels: kommunesocialgruppe 4, Vestegnen, the sundhedsråd. */
const DEMO_MUNICIPALITIES: { code: string; socialGroup: number; people: number; older: number }[] = [
  { code: '183', socialGroup: 4, people: 0, older: 0.85 }, // Ishøj: people from the public figures below
  { code: '165', socialGroup: 4, people: 28_000, older: 1.0 }, // Albertslund
  { code: '153', socialGroup: 4, people: 35_000, older: 1.05 }, // Brøndby
  { code: '169', socialGroup: 4, people: 50_000, older: 0.95 }, // Høje-Taastrup
  { code: '400', socialGroup: 4, people: 39_000, older: 1.6 }, // Bornholm
  { code: '161', socialGroup: 3, people: 23_000, older: 1.1 }, // Glostrup
  { code: '167', socialGroup: 3, people: 53_000, older: 1.05 }, // Hvidovre
  { code: '175', socialGroup: 3, people: 40_000, older: 1.1 }, // Rødovre
  { code: '185', socialGroup: 3, people: 43_000, older: 1.15 }, // Tårnby
  { code: '187', socialGroup: 2, people: 16_000, older: 1.0 }, // Vallensbæk
  { code: '155', socialGroup: 1, people: 14_000, older: 1.4 }, // Dragør
];

/** Ishøj's population on 1 January, public (cofinancing.md §7.1: Wikipedia mirrors, trap.lex.dk). */
const ISHOJ_PUBLIC: [number, number][] = [
  [2016, 22_358],
  [2018, 22_988],
  [2022, 23_225],
  [2024, 23_663],
];

function ishojPeople(year: number): number {
  const after = ISHOJ_PUBLIC.findIndex(([y]) => y >= year);
  if (after <= 0) return ISHOJ_PUBLIC[after < 0 ? ISHOJ_PUBLIC.length - 1 : 0]![1];
  const [y0, p0] = ISHOJ_PUBLIC[after - 1]!;
  const [y1, p1] = ISHOJ_PUBLIC[after]!;
  return Math.round(p0 + ((p1 - p0) * (year - y0)) / (y1 - y0));
}

const AGE_GROUPS = ['0-2', '3-64', '65-79', '80+'] as const;
/** Share of the population per age group in 2017, before `older` scales the two older groups. */
const AGE_SHARE = [0.035, 0.8, 0.12, 0.045];
/** Yearly growth of each age group's share (the older groups grow). */
const AGE_GROWTH = [1.0, 0.997, 1.01, 1.03];

/** Contacts per inhabitant a year by age group (0-2, 3-64, 65-79, 80+) and a typical tariff, kr. */
const CONTACTS: { sector: Sector; contactType: ContactType; perYear: number[]; tariff: number }[] = [
  { sector: 'somatik', contactType: 'stationaer', perYear: [0.25, 0.08, 0.25, 0.5], tariff: 35_000 },
  { sector: 'somatik', contactType: 'ambulant', perYear: [2, 1.5, 3.5, 4], tariff: 2_500 },
  { sector: 'psykiatri', contactType: 'stationaer', perYear: [0, 0.008, 0.004, 0.003], tariff: 50_000 },
  { sector: 'psykiatri', contactType: 'ambulant', perYear: [0, 0.3, 0.1, 0.05], tariff: 1_500 },
  { sector: 'praksis', contactType: 'almen_laege', perYear: [8, 6, 10, 14], tariff: 150 },
  { sector: 'praksis', contactType: 'speciallaege', perYear: [0.5, 1, 1.8, 1.6], tariff: 700 },
];
/** Winter months have more admissions. */
const SEASON = [1.12, 1.08, 1.02, 0.98, 0.95, 0.9, 0.82, 0.88, 1.0, 1.05, 1.08, 1.12];
/** Relative weight of the nine eSundhed groups (synthetic). */
const PREVENTABLE_WEIGHT = [0.1, 0.06, 0.3, 0.15, 0.1, 0.12, 0.02, 0.08, 0.07];
/** The social groups' synthetic level of activity (Ishøj is compared with group 4). */
const GROUP_LEVEL = [0, 0.9, 0.95, 1.0, 1.08];

const FLAT = compileRateSet(FLAT_2012_REGION_H);

export interface DemoPopulationRow {
  code: string;
  year: number;
  ageGroup: string;
  population: number;
}

function populationOf(m: (typeof DEMO_MUNICIPALITIES)[number], year: number): number[] {
  const total = m.code === '183' ? ishojPeople(year) : Math.round(m.people * (1 + 0.004 * (year - DEMO_YEARS.from)));
  const raw = AGE_SHARE.map((s, i) => s * AGE_GROWTH[i]! ** (year - DEMO_YEARS.from) * (i >= 2 ? m.older : 1));
  const sum = raw.reduce((a, b) => a + b, 0);
  const groups = raw.map((r) => Math.round((total * r) / sum));
  groups[1] = total - groups[0]! - groups[2]! - groups[3]!; // the total stays exact
  return groups;
}

/** Population per municipality, year and co-financing age group. */
export function demoPopulation(): DemoPopulationRow[] {
  return DEMO_MUNICIPALITIES.flatMap((m) =>
    range(DEMO_YEARS.from, DEMO_YEARS.to).flatMap((year) =>
      populationOf(m, year).map((population, i) => ({ code: m.code, year, ageGroup: AGE_GROUPS[i]!, population })),
    ),
  );
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const wobble = (rng: Rng, spread: number) => 1 + (rng() * 2 - 1) * spread;

const HOME = '183';

/**
 * An activity file (English headers, comma-separated), rows per sector, contact type and age group. 'MONTH':
 * Ishøj's monthly rows and a-conto payments from 2019 (its page shows months). 'YEAR': the comparison
 * municipalities' yearly rows, dated December (their levels are compared per year only): a tenth of the rows,
 * which keeps demo mode's cold start short. Same output on every run.
 */
export function* demoActivityCsv(granularity: 'MONTH' | 'YEAR'): Generator<string> {
  yield 'municipality_code,year,month,sector,contact_type,age_group,activity_count,tariff_value_dkk,kmf_amount_dkk,basis\n';
  for (const m of DEMO_MUNICIPALITIES) {
    if ((m.code === HOME) !== (granularity === 'MONTH')) continue;
    const rng = createRng(Number(m.code) * 7919);
    const level = GROUP_LEVEL[m.socialGroup]! * wobble(rng, 0.03);
    const months = granularity === 'MONTH' ? range(1, 12) : [12];
    let total = 0;
    for (const year of range(DEMO_YEARS.from, DEMO_YEARS.to)) {
      const people = populationOf(m, year);
      const lines: string[] = [];
      for (const month of months)
        for (const c of CONTACTS)
          people.forEach((n, age) => {
            const share = granularity === 'MONTH' ? SEASON[month - 1]! / 12 : 1;
            const expected = n * c.perYear[age]! * level * share;
            if (expected <= 0) return;
            const count = Math.max(0, Math.round(expected * wobble(rng, 0.08)));
            if (count === 0) return;
            const tariff = Math.round(c.tariff * wobble(rng, 0.05));
            const rate = rateFor(FLAT, c.sector, c.contactType, AGE_GROUPS[age]!);
            const amount = Math.round(contactAmount(count, tariff, rate.share, rate.cap));
            total += amount;
            lines.push(
              [m.code, year, month, c.sector, c.contactType, AGE_GROUPS[age], count, tariff, amount, 'activity'].join(
                ',',
              ),
            );
          });
      yield lines.join('\n') + '\n';
    }
    if (m.code === HOME) {
      // A-conto from 2019: a fixed monthly amount at the average activity (synthetic).
      const monthly = Math.round(total / (DEMO_YEARS.to - DEMO_YEARS.from + 1) / 12);
      const rows = range(2019, DEMO_YEARS.to).flatMap((year) =>
        range(1, 12).map((month) => `${HOME},${year},${month},,,,,,${monthly},aconto`),
      );
      yield rows.join('\n') + '\n';
    }
  }
}

/** Preventable admissions per municipality, year and eSundhed group, about 71 per 1,000 aged 65+. */
export function demoPreventable(): { code: string; year: number; group: string; count: number }[] {
  return DEMO_MUNICIPALITIES.flatMap((m) => {
    const rng = createRng(Number(m.code) * 104_729);
    return range(DEMO_YEARS.from, DEMO_YEARS.to).flatMap((year) => {
      const [, , a, b] = populationOf(m, year);
      const total = ((a! + b!) * 71 * GROUP_LEVEL[m.socialGroup]!) / 1000;
      return PREVENTABLE_GROUPS.map((group, i) => ({
        code: m.code,
        year,
        group,
        count: Math.max(0, Math.round(total * PREVENTABLE_WEIGHT[i]! * wobble(rng, 0.15))),
      }));
    });
  });
}

/**
 * Puts the synthetic co-financing data into a seeded demo database, once: nothing happens when any
 * co-financing import exists (the demo's or the staff unit's own).
 */
export async function seedCofinancingDemo(db: Db): Promise<boolean> {
  if ((await db.cofinancingImport.count()) > 0) return false;
  const municipalities = await db.municipality.findMany({
    where: { code: { in: DEMO_MUNICIPALITIES.map((m) => m.code) } },
    select: { id: true, code: true },
  });
  const idOf = new Map(municipalities.map((m) => [m.code!, m.id]));
  if (idOf.size !== DEMO_MUNICIPALITIES.length) return false; // not the demo's geography
  // Population first (it does not count as an import): a start that fails halfway runs again next time.
  await db.$transaction(
    async (tx) => {
      const source = await tx.source.create({
        data: {
          documentKey: 'medfinansiering-syntetiske-demodata',
          title: SYNTHETIC_LABEL,
          section: 'Genereret til demoen; Ishøjs samlede befolkning følger de offentlige tal 1. januar',
          date: isoToDate('2026-12-01'),
          note: 'Syntetiske tal: aldersfordeling, de øvrige kommuners befolkning og de forebyggelige indlæggelser er opfundet.',
        },
      });
      await tx.cofinancingPopulation.createMany({
        data: demoPopulation().map((p) => ({
          municipalityId: idOf.get(p.code)!,
          year: p.year,
          ageGroup: p.ageGroup,
          population: p.population,
          sourceId: source.id,
        })),
        skipDuplicates: true,
      });
      await tx.cofinancingPreventable.createMany({
        data: demoPreventable().map((p) => ({
          municipalityId: idOf.get(p.code)!,
          year: p.year,
          group: p.group,
          count: p.count,
          sourceId: source.id,
        })),
        skipDuplicates: true,
      });
    },
    // A cold start on a loaded machine: a few statements, but the embedded database may be slow.
    { timeout: 60_000 },
  );
  for (const granularity of ['MONTH', 'YEAR'] as const) {
    const report = await importActivity(db, Readable.from(demoActivityCsv(granularity)), {
      fileName: granularity === 'MONTH' ? 'syntetiske-demodata-ishoej.csv' : 'syntetiske-demodata-sammenligning.csv',
      sourceKind: 'ESUNDHED',
      sourceText: `${SYNTHETIC_LABEL} (genereret, ikke et udtræk fra eSundhed)`,
      granularity,
      replace: false,
      synthetic: true,
      userName: SYNTHETIC_LABEL,
    });
    if (report.errors.length) throw new Error(`synthetic co-financing data refused: ${report.errors[0]!.message}`);
  }
  return true;
}
