import { decodeText, hasUndecodableBytes } from '../src/decodeText';

// "Navn;Målgrupper;Pris (kr.)" as Danish Excel saves it (Windows-1252: å = 0xE5) and as UTF-8 with BOM.
const header = 'Navn;Målgrupper;Pris (kr.)\r\nRygestop;Ældre, rygere;0\r\n';
const windows1252 = Uint8Array.from([...header].map((c) => c.charCodeAt(0))); // all of it is Latin-1 here
const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(header)]);

test('a file saved by Danish Excel in Windows-1252 is read with its æ, ø and å', () => {
  expect(windows1252.includes(0xe5)).toBe(true);
  expect(decodeText(windows1252)).toEqual({ text: header, encoding: 'windows-1252' });
  // Read as UTF-8 the same bytes garble: what the import used to get.
  expect(hasUndecodableBytes(new TextDecoder('utf-8').decode(windows1252))).toBe(true);
});

test('a UTF-8 file (with BOM, as the export writes) is read as UTF-8, the BOM dropped', () => {
  expect(decodeText(utf8)).toEqual({ text: header, encoding: 'utf-8' });
  expect(hasUndecodableBytes(header)).toBe(false);
});

test('Windows-1252 characters outside Latin-1 (the euro sign, 0x80) come out right', () => {
  expect(decodeText(Uint8Array.from([0x80, 0x20, 0x35])).text).toBe('€ 5');
});
