import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { businessCaseCli } from '../src/cli/businessCaseCli';
import { cofinancingCli } from '../src/cli/cofinancingCli';

const examples = fileURLToPath(new URL('../examples/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'calc-cli-'));

function capture(): { stream: Writable; text: () => string } {
  let text = '';
  return {
    stream: new Writable({
      write(chunk: Buffer, _enc, done) {
        text += chunk.toString();
        done();
      },
    }),
    text: () => text,
  };
}

async function run(cli: typeof businessCaseCli, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out = capture();
  const err = capture();
  const code = await cli(args, out.stream, err.stream);
  return { code, out: out.text(), err: err.text() };
}

describe('business-case CLI', () => {
  it('prints the JSON result with the field names of issue 3', async () => {
    const { code, out } = await run(businessCaseCli, [join(examples, 'business-case-sroi-7-4.json')]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as Record<string, unknown>;
    for (const key of ['pvGains', 'pvCosts', 'npv', 'bcr', 'netRoi', 'payback', 'breakEven', 'byBearer', 'years'])
      expect(json).toHaveProperty(key);
    expect(json.bcr).toBeCloseTo(1.43628, 5);
  });
  it('prints a Danish table with --table, including Monte Carlo', async () => {
    const { code, out } = await run(businessCaseCli, [join(examples, 'business-case-forebyggelse.json'), '--table']);
    expect(code).toBe(0);
    expect(out).toContain('Nettonutidsværdi (NNV)');
    expect(out).toMatch(/\d{1,3}(\.\d{3})+ kr\./);
    expect(out).toContain('Monte Carlo (10.000 træk, frø 42)');
  });
  it('malformed JSON: Danish message with line and column, exit 1', async () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{\n  "horizonYears": 5,\n}');
    const { code, err } = await run(businessCaseCli, [file]);
    expect(code).toBe(1);
    expect(err).toMatch(/linje 3, kolonne 1: ugyldig JSON/);
  });
  it('invalid fields: every JSON path, exit 1', async () => {
    const file = join(dir, 'invalid.json');
    writeFileSync(
      file,
      JSON.stringify({
        horizonYears: 5,
        cohorts: [{ startYear: 0, participants: -1 }],
        grossSuccessRate: 0.5,
        deadweight: { mode: 'pp', value: 0.1 },
      }),
    );
    const { code, err } = await run(businessCaseCli, [file]);
    expect(code).toBe(1);
    expect(err).toContain('$.cohorts[0].participants: skal være mindst 0');
    expect(err).toContain('$.deadweight.mode: ukendt værdi "pp"');
  });
  it('usage without a file', async () => {
    expect((await run(businessCaseCli, [])).code).toBe(1);
  });
});

describe('cofinancing CLI', () => {
  const flat = join(examples, 'rates-flat2012-regionh.json');
  it('prints total, byAgeGroup, bySector, byContactType', async () => {
    const { code, out } = await run(cofinancingCli, [
      '--rates',
      flat,
      '--activity',
      join(examples, 'activity-eksempel-2016.csv'),
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as {
      total: number;
      byAgeGroup: Record<string, number>;
      bySector: Record<string, number>;
      byContactType: Record<string, number>;
    };
    expect(json.total).toBe(313_310);
    expect(json.bySector).toEqual({ somatik: 262_600, psykiatri: 29_600, praksis: 21_110 });
    expect(Object.values(json.byAgeGroup).reduce((a, b) => a + b, 0)).toBe(313_310);
    expect(json.byContactType.speciallaege).toBe(14_960);
  });
  it('--compare adds the second rate set and the differences', async () => {
    const { code, out } = await run(cofinancingCli, [
      '--rates',
      flat,
      '--compare',
      join(examples, 'rates-age2018-regionh.json'),
      '--activity',
      join(examples, 'activity-psykiatri-2019.csv'),
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(out) as { total: number; compare: { total: number }; difference: { total: number } };
    expect(json.difference.total).toBeCloseTo(json.compare.total - json.total, 2);
  });
  it('a missing rate: Danish message with CSV line and column, exit 1', async () => {
    const { code, err } = await run(cofinancingCli, [
      '--rates',
      join(examples, 'rates-age2018-regionh.json'),
      '--activity',
      join(examples, 'activity-eksempel-2016.csv'),
    ]);
    expect(code).toBe(1);
    expect(err).toContain(
      'linje 2, kolonne contact_type: satssættet "age2018-regionh" mangler share[somatik/stationaer/65-79]',
    );
  });
  it('a bad CSV is rejected whole with every bad line', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      'municipality_code,year,month,sector,contact_type,age_group,activity_count,tariff_value_dkk,basis\n183,2016,1,somatik,ukendt,3-64,1,100,activity\n183,2016,1,somatik,ambulant,100+,1,100,activity\n',
    );
    const { code, err, out } = await run(cofinancingCli, ['--rates', flat, '--activity', file]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toContain('linje 2, kolonne contact_type: ukendt kontakttype "ukendt"');
    expect(err).toContain('linje 3, kolonne age_group: ukendt aldersgruppe "100+"');
  });
  it('an abolished regime is refused, exit 2', async () => {
    const file = join(dir, 'abolished.json');
    writeFileSync(file, JSON.stringify({ id: 'x', regime: 'abolished', year: 2030, source: 's', rules: [] }));
    const { code, err } = await run(cofinancingCli, [
      '--rates',
      file,
      '--activity',
      join(examples, 'activity-eksempel-2016.csv'),
    ]);
    expect(code).toBe(2);
    expect(err).toContain('nedlagt');
  });
  it('--table prints Danish amounts', async () => {
    const { out } = await run(cofinancingCli, [
      '--rates',
      flat,
      '--activity',
      join(examples, 'activity-eksempel-2016.csv'),
      '--table',
    ]);
    expect(out).toContain('313.310,00 kr.');
  });
});
