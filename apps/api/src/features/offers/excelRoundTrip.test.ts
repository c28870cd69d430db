// The staff unit's Excel round trip (issue 12 item 5, ADR 043): a CSV saved by Danish Excel in its
// classic encoding (Windows-1252) is read as the web app reads it (decodeText), and refused with a message
// that says so when it reaches the API garbled; the price says how to write "free"; a session that ends
// before it starts is refused, row by row, all or nothing.
import { decodeText } from '@sundhed/shared';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
});
afterAll(() => server.close());

type Report = {
  importOffersCsv: {
    imported: number;
    updated: number;
    errors: { line: number; column: string | null; message: string }[];
  };
};
const importCsv = (csv: string) =>
  server.gql<Report>(
    'mutation($csv: String!) { importOffersCsv(csv: $csv) { imported updated errors { line column message } } }',
    { csv },
    staff,
  );

/** The bytes Danish Excel writes for a text ("CSV (semikolonsepareret)"): Windows-1252, no BOM. */
function asWindows1252(text: string): Uint8Array {
  const high = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
  return Uint8Array.from(
    [...text.replace(/^\uFEFF/, '')].map((c) => {
      const code = c.charCodeAt(0);
      if (code < 0x80 || (code >= 0xa0 && code < 0x100)) return code;
      const at = high.indexOf(c);
      if (at < 0) throw new Error(`not in Windows-1252: ${c}`);
      return 0x80 + at;
    }),
  );
}

test('an exported file saved again by Danish Excel in Windows-1252 imports back unchanged', async () => {
  const res = await fetch(`${server.url}/api/offers/export.csv`, { headers: { cookie: staff } });
  const exported = new TextDecoder('utf-8', { ignoreBOM: false }).decode(new Uint8Array(await res.arrayBuffer()));
  expect(exported).toMatch(/Målgrupper/);
  const { text, encoding } = decodeText(asWindows1252(exported));
  expect(encoding).toBe('windows-1252');
  expect(text).toBe(exported);
  const report = await importCsv(text);
  expect(report.data!.importOffersCsv.errors).toEqual([]);
  expect(report.data!.importOffersCsv.imported).toBeGreaterThan(0);
});

test('the same bytes read as UTF-8 are refused with a message that says why, and nothing is written', async () => {
  const garbled = new TextDecoder('utf-8').decode(asWindows1252('Navn;Målgrupper\r\nNyt tilbud;ældre\r\n'));
  const report = await importCsv(garbled);
  expect(report.data!.importOffersCsv.imported).toBe(0);
  expect(report.data!.importOffersCsv.errors).toEqual([
    { line: 1, column: null, message: expect.stringMatching(/ikke gemt som UTF-8/) },
  ]);
});

test('form messages say what is wrong: the price tells how to write "free"; a session that ends before it starts', async () => {
  const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Rygestopkursus' } });
  const MUTATION = `mutation($id: ID!, $version: Int!, $input: OfferInput!) {
    updateOffer(id: $id, version: $version, input: $input) { id }
  }`;
  const price = await server.gql(MUTATION, { id: offer.id, version: offer.version, input: { costKr: -5 } }, staff);
  expect(price.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.costKr', message: 'Pris skal være et helt antal kroner. Skriv 0, hvis tilbuddet er gratis' },
  ]);
  const session = await server.gql(
    MUTATION,
    {
      id: offer.id,
      version: offer.version,
      input: { schedules: [{ kind: 'RECURRING', weekday: 2, opensAt: '18:00', closesAt: '16:30' }] },
    },
    staff,
  );
  expect(session.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.schedules.0.closesAt', message: 'Sluttidspunkt skal være efter starttidspunktet' },
  ]);
});

const get = async (path: string) => {
  const res = await fetch(`${server.url}/api/offers/${path}`, { headers: { cookie: staff } });
  return new TextDecoder('utf-8', { ignoreBOM: false }).decode(new Uint8Array(await res.arrayBuffer()));
};
const importAll = (csv: string, places: string | null, times: string | null) =>
  server.gql<{
    importOffersCsv: {
      imported: number;
      errors: { file: string; line: number; column: string | null; message: string }[];
    };
  }>(
    'mutation($csv: String!, $places: String, $times: String) { importOffersCsv(csv: $csv, places: $places, times: $times) { imported errors { file line column message } } }',
    { csv, places, times },
    staff,
  );

test('places and times go out in linked files and come back: changed, refused row by row, all or nothing', async () => {
  const [offers, places, times] = await Promise.all([get('export.csv'), get('steder.csv'), get('tider.csv')]);
  expect(places.split('\r\n')[0]).toBe('Tilbud-ID;Tilbud;Sted;Adresse;Postnr.;By;Tilgængelighed');
  expect(times).toMatch(/Jump4fun;Ugentlig;onsdag;15:30;16:30/);
  // Unchanged files import back unchanged.
  expect((await importAll(offers, places, times)).data!.importOffersCsv.errors).toEqual([]);

  const timeLines = times.split('\r\n');
  const ryg = timeLines.findIndex((l) => l.includes('Jump4fun;Ugentlig;onsdag;15:30;16:30'));
  const backwards = [...timeLines];
  backwards[ryg] = backwards[ryg]!.replace('15:30;16:30', '16:30;15:30');
  const refused = await importAll(offers, null, backwards.join('\r\n'));
  expect(refused.data!.importOffersCsv.imported).toBe(0);
  expect(refused.data!.importOffersCsv.errors).toEqual([
    { file: 'tider', line: ryg + 1, column: 'Til kl.', message: 'Sluttidspunkt skal være efter starttidspunktet' },
  ]);

  const orphan = `${places.trimEnd()}\r\nfindes-ikke;Ukendt;Et sted;;;;\r\n`;
  const lost = await importAll(offers, orphan, null);
  expect(lost.data!.importOffersCsv.errors.map((e) => [e.file, e.column])).toEqual([['steder', 'Tilbud-ID']]);

  const later = [...timeLines];
  later[ryg] = later[ryg]!.replace('15:30;16:30', '16:00;17:00');
  expect((await importAll(offers, null, later.join('\r\n'))).data!.importOffersCsv.errors).toEqual([]);
  const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Jump4fun' }, include: { schedules: true } });
  expect(offer.schedules.map((s) => `${s.opensAt}-${s.closesAt}`)).toContain('16:00-17:00');
});
