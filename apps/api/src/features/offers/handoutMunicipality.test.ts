// The hand-out names the offer's own municipality (ADR 043, amendment on {municipality}): the catalogue
// serves several municipalities, so the print sheet and the public page read Offer.municipalityName
// (public, unlike the Municipality type), and the languages' footers say "{municipality}" where the name goes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir } from '../../db/paths';
import { buildOffer, buildOrgUnit } from '../../seed/factories';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let worker: string;
let ishojOfferId: string;
let hvidovreOfferId: string;

beforeAll(async () => {
  server = await startTestServer();
  worker = await server.signIn(demoEmail('frontmedarbejder'));
  const ishoj = await server.db.municipality.findFirstOrThrow({ where: { name: 'Ishøj Kommune' } });
  ishojOfferId = (
    await server.db.offer.findFirstOrThrow({
      where: { status: 'ACTIVE', municipalityId: ishoj.id },
      orderBy: { name: 'asc' },
    })
  ).id;
  const hvidovre = await server.db.municipality.findFirstOrThrow({ where: { name: 'Hvidovre Kommune' } });
  const unit = await server.db.orgUnit.create({
    data: buildOrgUnit({ municipalityId: hvidovre.id, name: 'Sundhedscenter Hvidovre' }),
  });
  hvidovreOfferId = (
    await server.db.offer.create({
      data: buildOffer({
        municipalityId: hvidovre.id,
        ownerUnitId: unit.id,
        name: 'Rygestop i Hvidovre',
        shortDescription: 'Gratis hold, hvor du får hjælp til at stoppe med at ryge.',
        description: 'Fem mødegange.',
        status: 'ACTIVE',
        needCategories: [],
        targetGroups: [],
        formats: [],
      }),
    })
  ).id;
});
afterAll(() => server.close());

const PUBLIC = 'query($id: ID!) { publicOffer(id: $id) { id municipalityName } }';

test('the public page reads the name of the offer’s own municipality, without signing in', async () => {
  const other = await server.gql<{ publicOffer: { municipalityName: string } }>(PUBLIC, { id: hvidovreOfferId });
  expect(other.errors).toBeUndefined();
  expect(other.data!.publicOffer.municipalityName).toBe('Hvidovre Kommune');
  const ishoj = await server.gql<{ publicOffer: { municipalityName: string } }>(PUBLIC, { id: ishojOfferId });
  expect(ishoj.errors).toBeUndefined();
  expect(ishoj.data!.publicOffer.municipalityName).toBe('Ishøj Kommune');
  // The Offer type leads to no Municipality (closed to anonymous callers, ADR 015): only the name is public.
  const walk = await server.gql('query($id: ID!) { publicOffer(id: $id) { municipality { name } } }', {
    id: hvidovreOfferId,
  });
  expect(walk.errors?.[0]?.message).toMatch(/municipality/);
});

test('the print sheet’s query reads it too (the worker’s own municipality’s offers)', async () => {
  const res = await server.gql<{ offer: { municipalityName: string } }>(
    'query($id: ID!) { offer(id: $id) { municipalityName } }',
    { id: ishojOfferId },
    worker,
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.offer.municipalityName).toBe('Ishøj Kommune');
});

test('every starting language’s footer has the placeholder and names no municipality', async () => {
  const res = await server.gql<{ handoutLanguages: { code: string; texts: { printFooter: string } }[] }>(
    '{ handoutLanguages { code texts { printFooter } } }',
  );
  expect(res.errors).toBeUndefined();
  for (const { code, texts } of res.data!.handoutLanguages) {
    expect(texts.printFooter).not.toMatch(/Ishøj/);
    expect([code, texts.printFooter]).toEqual([code, expect.stringContaining('{municipality}')]);
  }
});

test('the data migration rewrites a footer still as shipped and keeps one the staff unit saved', async () => {
  const shipped: Record<string, string> = {
    ar: 'طُبع في {date} من دليل عروض بلدية Ishøj',
    tr: '{date} tarihinde Ishøj Belediyesi hizmet kataloğundan yazdırıldı',
  };
  const edited = 'Printed {date} by the health team of Ishøj Municipality';
  const set = async (code: string, printFooter: string) => {
    const row = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code } });
    await server.db.handoutLanguage.update({
      where: { code },
      data: { texts: { ...(row.texts as Record<string, string>), printFooter } },
    });
  };
  await set('ar', shipped.ar!);
  await set('tr', shipped.tr!);
  await set('en', edited);
  const before = new Map((await server.db.handoutLanguage.findMany()).map((l) => [l.code, l]));
  const sql = readFileSync(
    join(migrationsDir, '20261214110000_handout_municipality_placeholder/migration.sql'),
    'utf8',
  );
  await server.db.$executeRawUnsafe(sql);
  const after = new Map((await server.db.handoutLanguage.findMany()).map((l) => [l.code, l]));
  const footer = (code: string) => (after.get(code)!.texts as Record<string, string>).printFooter;
  expect(footer('ar')).toBe('طُبع في {date} من دليل عروض {municipality}');
  expect(footer('tr')).toBe('{date} tarihinde {municipality} hizmet kataloğundan yazdırıldı');
  expect(after.get('ar')!.version).toBe(before.get('ar')!.version + 1);
  // The other strings of a rewritten language are kept as they were.
  expect({ ...(after.get('ar')!.texts as object), printFooter: null }).toEqual({
    ...(before.get('ar')!.texts as object),
    printFooter: null,
  });
  // Saved by the staff unit: kept, and its version stays (nothing changed).
  expect(footer('en')).toBe(edited);
  expect(after.get('en')!.version).toBe(before.get('en')!.version);
  // Already rewritten (by the migration when the database was made) or without a footer: untouched.
  for (const code of ['uk', 'ur', 'so']) {
    expect(after.get(code)!.texts).toEqual(before.get(code)!.texts);
    expect(after.get(code)!.version).toBe(before.get(code)!.version);
  }
  expect(Object.keys(after.get('so')!.texts as object)).not.toContain('printFooter');
});
