// The offer CSV's reader (csv-parse, ADR 025): records keep the line they start on, whatever the line
// endings and however many lines a quoted cell spans; NUL stays in the cell for its row report (ADR 014).
import { parseCsv } from './offerCsv';

const lines = (text: string) => parseCsv(text).records.map((r) => [r.line, r.cells]);

test('records keep the line they start on, with CRLF, LF or CR, blank lines and quoted line breaks', () => {
  for (const eol of ['\r\n', '\n', '\r']) {
    const text = ['\uFEFFNavn;Beskrivelse', `A;"to${eol}linjer"`, '', 'B;"sagde ""hej"""', '   ', 'C;x'].join(eol);
    expect(lines(text)).toEqual([
      [1, ['Navn', 'Beskrivelse']],
      [2, ['A', `to${eol}linjer`]],
      [5, ['B', 'sagde "hej"']],
      [7, ['C', 'x']],
    ]);
  }
});

test('Danish letters, a quote inside a cell and ragged rows are read as written', () => {
  expect(lines('Navn;Sprog\nÆblegård;dansk, 5" skærm\nØ;a;ekstra\n')).toEqual([
    [1, ['Navn', 'Sprog']],
    [2, ['Æblegård', 'dansk, 5" skærm']],
    [3, ['Ø', 'a', 'ekstra']],
  ]);
});

test('a NUL stays in its cell, for the row report', () => {
  expect(lines('Navn\r\nOndt\u0000tilbud\r\n')).toEqual([
    [1, ['Navn']],
    [2, ['Ondt\u0000tilbud']],
  ]);
});

test('an unclosed quote is reported with the line of the record it opens in', () => {
  expect(parseCsv('Navn;Beskrivelse\n"A;b').error).toEqual({ line: 2, message: 'Et citationstegn er ikke lukket' });
  expect(parseCsv('Navn;Beskrivelse\r\nA;"to\r\nlinjer"\r\n\r\nB;"åben\r\nC;c\r\n').error).toEqual({
    line: 5,
    message: 'Et citationstegn er ikke lukket',
  });
});

test('text from a Windows-1252 file read as UTF-8 is refused with a message that says so, at its line', () => {
  const garbled = new TextDecoder('utf-8').decode(
    Uint8Array.from([...'Navn\r\nM\xe5ltid'].map((c) => c.charCodeAt(0))),
  );
  const { records, error } = parseCsv(garbled);
  expect(records).toEqual([]);
  expect(error?.line).toBe(2);
  expect(error?.message).toMatch(/ikke gemt som UTF-8/);
});
