import type { ActivityRow } from '../src/cofinancing/ActivityRow';
import { importActivityCsv } from '../src/cofinancing/importActivityCsv';
import { InputError } from '../src/errors/InputError';
import { parseDanishNumber } from '@sundhed/shared/parseNumber';
import { csvStream, HEADER } from './csvFixture';

async function rowsOf(text: string): Promise<ActivityRow[]> {
  const rows: ActivityRow[] = [];
  await importActivityCsv(csvStream(text), [{ add: (row) => rows.push({ ...row }) }]);
  return rows;
}

describe('parseDanishNumber', () => {
  it.each([
    ['1.234,50', true, 1234.5],
    ['1.234,50', false, 1234.5],
    ['12,5', false, 12.5],
    ['1.234', true, 1234],
    ['1.234', false, 1.234],
    ['1234.5', false, 1234.5],
    ['-35000', true, -35000],
    ['1.234.567', true, 1234567],
  ] as const)('%s (danishDots %s) → %d', (text, danishDots, expected) => {
    expect(parseDanishNumber(text, danishDots)).toBe(expected);
  });
  it.each(['', 'abc', '1,2,3', '1.23,4', '12kr'])('%s is not a number', (text) => {
    expect(parseDanishNumber(text, true)).toBeNaN();
  });
});

describe('importActivityCsv', () => {
  it('reads semicolon files with Danish decimals', async () => {
    const rows = await rowsOf(`${HEADER}\n183;2016;3;somatik;ambulant;3-64;;;2;1.234,50;;activity\n`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 2, year: 2016, month: 3, activityCount: 2, tariff: 1234.5 });
  });
  it('reads comma files with quoted Danish decimals, CRLF and a BOM', async () => {
    const text = `\uFEFF${HEADER.replaceAll(';', ',')}\r\n183,2016,3,somatik,ambulant,3-64,,"Kapitel Æ, Ø",2,"1.234,50",,activity\r\n`;
    const rows = await rowsOf(text);
    expect(rows[0]).toMatchObject({ tariff: 1234.5, diagnosisGroup: 'Kapitel Æ, Ø' });
  });
  it('accepts a header without the optional columns', async () => {
    const rows = await rowsOf(
      'year,month,municipality_code,sector,contact_type,age_group,activity_count,tariff_value_dkk,basis\n2016,1,183,praksis,almen_laege,80+,1,150,activity',
    );
    expect(rows[0]).toMatchObject({ municipalityCode: '183', diagnosisGroup: '', kmfAmount: Number.NaN });
  });
  it('rejects the whole file and reports every bad line with its column', async () => {
    const text = [
      HEADER,
      '183;2016;1;somatik;ambulant;3-64;;;1;100;;activity',
      '183;2016;13;somatik;ambulant;90+;;;1;100;;activity',
      '183;2016;1;somatik;ambulant;3-64;;;1',
      '183;2016;1;praksis;almen_laege;3-64;;;-1;abc;;activity',
      '183;2016;1;somatik;ukendt;3-64;;;1;100;;aconto',
    ].join('\n');
    const received: ActivityRow[] = [];
    const error = await importActivityCsv(csvStream(text), [{ add: (r) => received.push(r) }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const issues = (error as InputError).issues.map((i) => `${i.line}:${i.column ?? ''}`);
    expect(issues).toEqual([
      '3:month',
      '3:age_group',
      '4:',
      '5:activity_count',
      '5:tariff_value_dkk',
      '6:contact_type',
      '6:kmf_amount_dkk',
    ]);
    expect((error as InputError).message).toMatch(/afvist i sin helhed/);
    expect((error as InputError).message).toContain('linje 3, kolonne age_group: ukendt aldersgruppe "90+"');
  });
  it('reports a missing required column on line 1', async () => {
    await expect(importActivityCsv(csvStream('year;month\n2016;1'), [])).rejects.toMatchObject({
      issues: expect.arrayContaining([expect.objectContaining({ line: 1, column: 'sector' })]),
    });
  });
  it('reports an empty file', async () => {
    await expect(importActivityCsv(csvStream(''), [])).rejects.toBeInstanceOf(InputError);
  });
});
