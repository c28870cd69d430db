import fc from 'fast-check';
import { Readable } from 'node:stream';
import type { ActivityRow } from '../src/cofinancing/ActivityRow';
import { ByteDictionary } from '../src/cofinancing/bytes/ByteDictionary';
import { CodeMatcher } from '../src/cofinancing/bytes/CodeMatcher';
import { NOT_PLAIN, danishAmountAt } from '../src/cofinancing/bytes/parseDigits';
import { importActivityCsv } from '../src/cofinancing/importActivityCsv';
import { InputError } from '../src/errors/InputError';
import type { InputIssue } from '../src/errors/CalcError';
import { parseDanishNumber } from '@sundhed/shared/parseNumber';
import { csvStream, HEADER } from './csvFixture';

interface Outcome {
  rows: ActivityRow[];
  issues: InputIssue[];
}

async function outcomeOf(input: AsyncIterable<string | Uint8Array>): Promise<Outcome> {
  const rows: ActivityRow[] = [];
  try {
    await importActivityCsv(input, [{ add: (row) => rows.push({ ...row }) }]);
    return { rows, issues: [] };
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    return { rows, issues: e.issues };
  }
}

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const LINE = '183;2016;3;somatik;ambulant;3-64;;Blære og nyre;2;1.234,50;;activity';

describe('the byte path of importActivityCsv', () => {
  it('reads a line split between chunks at every byte, æøå included', async () => {
    const text = `${HEADER}\r\n${LINE}\r\n${LINE.replace('Blære og nyre', 'Øre, næse og hals')}\r\n`;
    const whole = await outcomeOf(csvStream(text, text.length));
    expect(whole.rows.map((r) => r.diagnosisGroup)).toEqual(['Blære og nyre', 'Øre, næse og hals']);
    expect(whole.rows[0]).toMatchObject({ line: 2, tariff: 1234.5, activityCount: 2, municipalityCode: '183' });
    for (let size = 1; size <= 40; size++) expect(await outcomeOf(csvStream(text, size))).toEqual(whole);
  });

  it('joins a line longer than many chunks, and a last line without a newline', async () => {
    const long = 'Æ'.repeat(5000);
    const text = `${HEADER}\n${LINE.replace('Blære og nyre', long)}\n${LINE}`;
    const outcome = await outcomeOf(csvStream(text, 97));
    expect(outcome.issues).toEqual([]);
    expect(outcome.rows.map((r) => [r.line, r.diagnosisGroup])).toEqual([
      [2, long],
      [3, 'Blære og nyre'],
    ]);
  });

  it('reads string chunks (a spreadsheet converted to lines), a surrogate pair split between them', async () => {
    const text = `${HEADER}\n${LINE.replace('Blære og nyre', 'Hjerte 🫀 kar')}`;
    const cut = text.indexOf('🫀') + 1;
    const outcome = await outcomeOf(Readable.from([text.slice(0, cut), text.slice(cut)]));
    expect(outcome.rows[0]?.diagnosisGroup).toBe('Hjerte 🫀 kar');
  });

  it('takes off a BOM and CRLF, and skips empty lines while counting them', async () => {
    const text = `\uFEFF${HEADER}\r\n\r\n${LINE}\r\n   \r\n\n${LINE.replace(';2;', ';x;')}\r\n\r\n`;
    const outcome = await outcomeOf(csvStream(text, 5));
    expect(outcome.rows.map((r) => r.line)).toEqual([3]);
    expect(outcome.issues).toEqual([{ line: 6, column: 'activity_count', message: '"x" er ikke et tal' }]);
  });

  it('reads quoted cells as before, a separator and a doubled quote inside', async () => {
    const text = `${HEADER.replaceAll(';', ',')}\n183,2016,3,somatik,ambulant,3-64,,"Kapitel ""Æ"", Ø",2,"1.234,50",,activity\n`;
    const outcome = await outcomeOf(csvStream(text, 3));
    expect(outcome.rows[0]).toMatchObject({ diagnosisGroup: 'Kapitel "Æ", Ø', tariff: 1234.5 });
  });

  it('reports bad numbers with line and column in Danish', async () => {
    const lines = [
      LINE.replace('1.234,50', '1.23,4'),
      LINE.replace('1.234,50', '1,2,3'),
      LINE.replace(';2;', ';-2;'),
      LINE.replace(';2016;', ';2O16;'),
      LINE.replace(';3;', ';13;'),
      LINE.replace(';;activity', ';12kr;aconto'),
    ];
    const outcome = await outcomeOf(csvStream([HEADER, ...lines].join('\n'), 11));
    expect(outcome.rows).toEqual([]);
    expect(outcome.issues).toEqual([
      { line: 2, column: 'tariff_value_dkk', message: '"1.23,4" er ikke et tal' },
      { line: 3, column: 'tariff_value_dkk', message: '"1,2,3" er ikke et tal' },
      { line: 4, column: 'activity_count', message: '"-2" må ikke være negativ' },
      { line: 5, column: 'year', message: '"2O16" er ikke et heltal mellem 2000 og 2100' },
      { line: 6, column: 'month', message: '"13" er ikke et heltal mellem 1 og 12' },
      { line: 7, column: 'kmf_amount_dkk', message: '"12kr" er ikke et tal' },
    ]);
  });

  // Every cell quoted sends each line through the string path (the importer as it was); unquoted,
  // the same lines take the byte path. Both must give the same rows and the same errors.
  // Per column: plain valid cells, then odd ones (invalid, or valid in a shape only the string path reads).
  const CELLS: readonly (readonly [readonly string[], readonly string[]])[] = [
    [
      ['183', '101', 'Ærø'],
      ['', ' 183'],
    ],
    [
      ['2016', '2100', '02016'],
      ['1999', '', '20a6', '2016.0', ' 2016', '0x7e0'],
    ],
    [
      ['1', '12', '03'],
      ['13', '0', '', '1e1'],
    ],
    [
      ['somatik', 'psykiatri', 'praksis'],
      ['', 'Somatik', ' somatik'],
    ],
    [
      ['stationaer', 'ambulant', 'almen_laege', 'speciallaege', 'genoptraening_indl'],
      ['', 'ukendt'],
    ],
    [
      ['0-2', '3-64', '65-79', '80+'],
      ['', '90+', '80+ '],
    ],
    [
      ['', 'DRG 01'],
      [' x ', 'x '],
    ],
    [
      ['', 'Kapitel Æ', 'Blære og nyre', 'A'],
      ['ø ', ' ø'],
    ],
    [
      ['1', '2', '0', '007'],
      ['', '-1', '1.000', '1,5', 'abc', '1e3', '2.5', ' 1'],
    ],
    [
      ['1.234,50', '100', '12,5', '0,00', '1.234.567,891'],
      ['1.23,4', '', '1.234', '1,2,3', '99999999999999999', ',5'],
    ],
    [
      ['', '100,25', '0'],
      ['-35000', 'x', '1.000.000', ' 5'],
    ],
    [
      ['activity', 'activity', 'aconto', 'efterregulering'],
      ['', 'other'],
    ],
  ];
  const lineArb = fc.tuple(
    ...CELLS.map(([plain, odd]) =>
      fc.oneof({ weight: 30, arbitrary: fc.constantFrom(...plain) }, { weight: 1, arbitrary: fc.constantFrom(...odd) }),
    ),
  );

  it.each([';', ','] as const)('accepts and rejects exactly what the string path does (%s)', async (separator) => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.oneof({ weight: 9, arbitrary: lineArb }, { weight: 1, arbitrary: fc.constant(null) }), {
          maxLength: 12,
        }),
        fc.boolean(),
        fc.integer({ min: 1, max: 64 }),
        async (lines, crlf, chunkSize) => {
          const eol = crlf ? '\r\n' : '\n';
          const render = (quoteAll: boolean): string =>
            [
              HEADER.replaceAll(';', separator),
              ...lines.map((cells) =>
                cells === null
                  ? ''
                  : cells.map((c) => (quoteAll || c.includes(separator) ? `"${c}"` : c)).join(separator),
              ),
            ].join(eol);
          const fast = await outcomeOf(csvStream(render(false), chunkSize));
          const careful = await outcomeOf(csvStream(render(true), chunkSize));
          expect(fast).toEqual(careful);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('danishAmountAt', () => {
  it('agrees with parseDanishNumber wherever it answers', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9.,\- e]{0,20}$/), (text) => {
        const value = danishAmountAt(bytes(text), 0, text.length);
        if (value === NOT_PLAIN) return;
        expect(value).toBe(parseDanishNumber(text, true));
        expect(value).toBe(parseDanishNumber(text, false));
      }),
      { numRuns: 2000 },
    );
  });
  it.each([
    ['1.234,50', 1234.5],
    ['12,5', 12.5],
    ['100', 100],
    ['0,00', 0],
  ])('reads %s as %d', (text, expected) => {
    expect(danishAmountAt(bytes(text), 0, text.length)).toBe(expected);
  });
  it.each(['', '1.234', '-1', ' 1', '1e3', '1.23,4', '1,2,3', '1234567890123456'])(
    'leaves %j to the string path',
    (text) => {
      expect(danishAmountAt(bytes(text), 0, text.length)).toBe(NOT_PLAIN);
    },
  );
});

describe('ByteDictionary', () => {
  it('gives one entry per distinct value and stops when full', () => {
    const dictionary = new ByteDictionary();
    const values = Array.from({ length: 70_000 }, (_, i) => `Kapitel ${i} æøå`);
    const entries = values.map((v) => dictionary.lookup(bytes(v), 0, bytes(v).length));
    const stored = entries.filter((e) => e >= 0);
    expect(stored).toHaveLength(1 << 16);
    expect(new Set(stored).size).toBe(stored.length);
    expect(dictionary.lookup(bytes('ny værdi'), 0, bytes('ny værdi').length)).toBe(-1);
    // A value is always found again under its own entry, never another's.
    values.forEach((v, i) => {
      const entry = dictionary.lookup(bytes(v), 0, bytes(v).length);
      if (entries[i] !== -1) expect(entry).toBe(entries[i]);
      if (entry >= 0) expect(dictionary.text(entry)).toBe(v);
    });
    const again = bytes(`x${values[1234] ?? ''}x`);
    const entry = dictionary.lookup(again, 1, again.length - 1);
    expect(entry).toBe(entries[1234]);
    expect(dictionary.text(entry)).toBe(values[1234]);
  });
  it('decodes æøå', () => {
    const dictionary = new ByteDictionary();
    const value = bytes('Blære');
    expect(dictionary.text(dictionary.lookup(value, 0, value.length))).toBe('Blære');
  });
});

describe('CodeMatcher', () => {
  it('matches only exact codes', () => {
    const matcher = new CodeMatcher(['somatik', 'psykiatri', 'praksis']);
    const at = (text: string): number => matcher.match(bytes(text), 0, bytes(text).length);
    expect(['somatik', 'psykiatri', 'praksis'].map(at)).toEqual([0, 1, 2]);
    expect(['', 'Somatik', 'somatikk', 'somatic', 'pXaksis', 'p'].map(at)).toEqual([-1, -1, -1, -1, -1, -1]);
  });
});
