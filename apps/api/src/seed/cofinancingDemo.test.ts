// The synthetic co-financing demo data (issue 13, ADR 046): the same on every run, loaded through the real
// import into real PostgreSQL, labelled synthetic, of plausible magnitude, and loaded once only.
import { setClock } from '@sundhed/shared';
import { demoEmail, startTestServer, type TestServer } from '../../test/testServer';
import { DEMO_YEARS, demoActivityCsv, demoPopulation, demoPreventable, seedCofinancingDemo } from './cofinancingDemo';

let server: TestServer;
let director: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  director = await server.signIn(demoEmail('direktoer'));
  setClock('2026-12-04T10:00:00+01:00');
});
afterAll(async () => {
  setClock(null);
  await server.close();
});

test('the generator is deterministic', () => {
  for (const granularity of ['MONTH', 'YEAR'] as const) {
    const once = [...demoActivityCsv(granularity)].join('');
    expect([...demoActivityCsv(granularity)].join('')).toBe(once);
  }
  expect(demoPopulation()).toEqual(demoPopulation());
  expect(demoPreventable()).toEqual(demoPreventable());
  // Ishøj's total follows the public 1 January figures (docs/reference/cofinancing.md §7.1).
  const ishoj = (year: number) =>
    demoPopulation()
      .filter((p) => p.code === '183' && p.year === year)
      .reduce((a, p) => a + p.population, 0);
  expect(ishoj(2018)).toBe(22_988);
  expect(ishoj(2022)).toBe(23_225);
  expect(ishoj(2024)).toBe(23_663);
});

type DemoPage = {
  cofinancingOverview: {
    byYear: { year: number; amount: number; perInhabitant: number | null }[];
    comparisons: { label: string; byYear: { year: number; perInhabitant: number | null; municipalities: number }[] }[];
    preventable: { year: number; per1000Aged65Plus: number | null }[];
    paid: { aconto: number }[];
    imports: { synthetic: boolean; sourceText: string }[];
    populationMissing: string | null;
  };
};

test('the demo data lands once, labelled synthetic, with plausible magnitudes on every level', async () => {
  expect(await seedCofinancingDemo(server.db)).toBe(true);
  expect(await seedCofinancingDemo(server.db)).toBe(false);
  const { data, errors } = await server.gql<DemoPage>(
    `{ cofinancingOverview(fromYear: ${DEMO_YEARS.from}, toYear: ${DEMO_YEARS.to}) {
        byYear { year amount perInhabitant }
        comparisons { label byYear { year perInhabitant municipalities } }
        preventable { year per1000Aged65Plus }
        paid { aconto }
        imports { synthetic sourceText }
        populationMissing } }`,
    {},
    director,
  );
  expect(errors).toBeUndefined();
  const o = data!.cofinancingOverview;
  expect(o.populationMissing).toBeNull();
  expect(o.byYear.map((y) => y.year)).toEqual([2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024]);
  // Around the national order of magnitude, ~3,950 kr. per inhabitant (cofinancing.md §7).
  for (const y of o.byYear) {
    expect(y.perInhabitant).toBeGreaterThan(2_500);
    expect(y.perInhabitant).toBeLessThan(5_500);
  }
  expect(o.imports.every((i) => i.synthetic && i.sourceText.startsWith('Syntetiske demodata'))).toBe(true);
  const level = (label: string) => o.comparisons.find((c) => c.label === label)!.byYear.at(-1)!;
  expect(level('Kommunesocialgruppe 4').municipalities).toBe(4);
  expect(level('Vestegnen').municipalities).toBe(7);
  expect(level('Sundhedsråd Amager og Vestegnen').municipalities).toBe(9);
  expect(level('Landsplan').municipalities).toBe(11);
  // Within the default 10 % of kommunesocialgruppe 4: the demo raises no "Kræver opmærksomhed" by itself.
  const own = o.byYear.at(-1)!.perInhabitant!;
  expect(Math.abs(own / level('Kommunesocialgruppe 4').perInhabitant! - 1)).toBeLessThan(0.1);
  expect(o.paid).toHaveLength(12 * (DEMO_YEARS.to - 2019 + 1));
  // Preventable admissions: about 71 per 1,000 aged 65+ (DI 2024, Region Hovedstaden), all nine groups summed.
  const per1000 = o.preventable
    .filter((p) => p.year === DEMO_YEARS.to)
    .reduce((a, p) => a + (p.per1000Aged65Plus ?? 0), 0);
  expect(per1000).toBeGreaterThan(50);
  expect(per1000).toBeLessThan(100);
  const source = await server.db.source.findFirstOrThrow({
    where: { documentKey: 'medfinansiering-syntetiske-demodata' },
  });
  expect(source.title).toBe('Syntetiske demodata');
});
