// The seed catalogue, the review queue, error reports, CSV export/import and "Send til borger".
import { namedOfferNames } from '../../../../../prisma/seed/offers';
import { defaultSynonymGroups } from '../search/defaultSynonyms';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';
import { startSmtpSink } from '../../../test/smtpSink';
import { defined } from '../../../../../test/defined';

let server: TestServer;
let staff: string;
let front: string;
let director: string;

beforeAll(async () => {
  server = await startTestServer();
  [staff, front, director] = await Promise.all([
    server.signIn(demoEmail('sundhedsstab')),
    server.signIn(demoEmail('frontmedarbejder')),
    server.signIn(demoEmail('direktoer')),
  ]);
});
afterAll(() => server.close());

const exportCsv = async (cookie?: string) => {
  const res = await fetch(`${server.url}/api/offers/export.csv`, { headers: cookie ? { cookie } : {} });
  return { status: res.status, type: res.headers.get('content-type'), bytes: new Uint8Array(await res.arrayBuffer()) };
};
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
const importCsv = (csv: string, cookie = staff) =>
  server.gql<{
    importOffersCsv: {
      imported: number;
      created: number;
      updated: number;
      unchanged: number;
      errors: { line: number; column: string | null; message: string }[];
    };
  }>(
    'mutation($csv: String!) { importOffersCsv(csv: $csv) { imported created updated unchanged errors { line column message } } }',
    { csv },
    cookie,
  );

describe('the seed catalogue', () => {
  test('holds every offer the documents name, with owner, need categories and demo marking', async () => {
    const required = [
      'Rygestopkursus',
      'Minisport/Leg dig glad',
      'Jump4fun',
      'Træn dig glad',
      'Træning i varmtvandsbassin',
      'Fars køkkenskole',
      'Fodbold for sjov',
      'Nøffes Gadekøkken',
      'CoolKids for unge',
      'Sundhedspakker/Lægetjek',
      'Patientuddannelse ved kronisk sygdom',
      'Rehabilitering ved kronisk sygdom',
      'Fællesmadlavning i hjemløseboligerne',
      'Bevægelse for beboere i hjemløseboligerne',
      'Nyttehaver for beboere i hjemløseboligerne',
    ];
    expect(namedOfferNames).toEqual(expect.arrayContaining(required));
    const res = await server.gql<{
      offers: {
        name: string;
        ownerUnit: { name: string };
        needCategories: { code: string }[];
        isDemoData: boolean;
        source: { title: string } | null;
        locations: unknown[];
      }[];
    }>(
      '{ offers { name isDemoData ownerUnit { name } needCategories { code } source { title } locations { name } } }',
      undefined,
      staff,
    );
    const byName = new Map(res.data!.offers.map((o) => [o.name, o]));
    for (const name of required) {
      const o = byName.get(name);
      expect(o).toBeDefined();
      expect(o!.needCategories.length).toBeGreaterThan(0);
      expect(o!.isDemoData).toBe(true);
      expect(o!.source?.title).toBeTruthy();
      expect(o!.locations.length).toBeGreaterThan(0);
    }
    expect(byName.get('Nøffes Gadekøkken')!.ownerUnit.name).toBe('Center for Socialservice');
    expect(byName.get('Rygestopkursus')!.ownerUnit.name).toBe('Center for Ældre og Rehabilitering');
    expect(byName.get('Minisport/Leg dig glad')!.ownerUnit.name).toBe('Center for Dagtilbud og Skoler');
  });

  test('seeds the starting search synonyms', async () => {
    const rows = await server.db.searchSynonym.findMany();
    expect(rows.map((r) => r.terms)).toEqual(expect.arrayContaining(defaultSynonymGroups));
    expect(rows.flatMap((r) => r.terms)).toEqual(
      expect.arrayContaining(['smøger', 'slankekur', 'ernæring', 'bevægelse', 'mistrivsel']),
    );
  });
});

describe('the review queue', () => {
  type Queue = { reviewQueue: { ownerUnit: { name: string }; offers: { name: string; assuredAt: string | null }[] }[] };
  const queue = (months: number, cookie = staff) =>
    server.gql<Queue>(
      'query($m: Int!) { reviewQueue(months: $m) { ownerUnit { name } offers { name assuredAt } } }',
      { m: months },
      cookie,
    );

  test('lists offers not confirmed for 6 or 12 months, grouped by owner, never-confirmed first', async () => {
    const six = (await queue(6)).data!.reviewQueue;
    const twelve = (await queue(12)).data!.reviewQueue;
    const names = (q: Queue['reviewQueue']) => q.flatMap((g) => g.offers.map((o) => o.name));
    expect(names(six)).toEqual(
      expect.arrayContaining(['Jump4fun', 'Træning i varmtvandsbassin', 'Træn dig glad', 'Sundhedspakker/Lægetjek']),
    );
    expect(names(six)).not.toContain('Nøffes Gadekøkken');
    expect(names(twelve)).toContain('Jump4fun');
    expect(names(twelve)).not.toContain('Træning i varmtvandsbassin');
    const units = six.map((g) => g.ownerUnit.name);
    expect(new Set(units).size).toBe(units.length);
    expect(units).toEqual([...units].sort((a, b) => a.localeCompare(b, 'da')));
    const elder = six.find((g) => g.ownerUnit.name === 'Center for Ældre og Rehabilitering')!;
    expect(elder.offers.map((o) => o.name)).toContain('Træning i varmtvandsbassin');
    for (const g of six) {
      const dates = g.offers.map((o) => (o.assuredAt ? Date.parse(o.assuredAt) : -Infinity));
      expect(dates).toEqual([...dates].sort((a, b) => a - b));
    }
  });

  test('bulk confirmation empties the queue for those offers, except those whose courses have all ended', async () => {
    const six = (await queue(6)).data!.reviewQueue;
    const social = six.find((g) => g.ownerUnit.name === 'Center for Socialservice')!;
    const rows = await server.db.offer.findMany({
      where: { name: { in: social.offers.map((o) => o.name) } },
      select: { id: true, version: true },
    });
    const res = await server.gql(
      'mutation($ids: [ID!]!, $vs: [Int!]!) { assureOffers(ids: $ids, versions: $vs) { id } }',
      { ids: rows.map((o) => o.id), vs: rows.map((o) => o.version) },
      staff,
    );
    expect(res.errors).toBeUndefined();
    const after = (await queue(6)).data!.reviewQueue;
    const left = after.find((g) => g.ownerUnit.name === 'Center for Socialservice')?.offers ?? [];
    // A confirmed offer stays while its scheduled courses have all ended (issue 12): it needs a new course.
    for (const o of left) {
      const { id } = await server.db.offer.findFirstOrThrow({ where: { name: o.name } });
      const res = await server.gql<{ offer: { coursesEnded: boolean } }>(
        'query($id: ID!) { offer(id: $id) { coursesEnded } }',
        { id },
        staff,
      );
      expect(res.data!.offer.coursesEnded).toBe(true);
    }
    expect(left.every((o) => o.assuredAt !== null)).toBe(true);
  });

  test('refuses a period out of range in Danish, and front-line staff', async () => {
    const bad = await queue(0);
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'months', message: 'Antal måneder skal være et helt antal måneder mellem 1 og 120' },
    ]);
    expect((await queue(6, front)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await queue(6, director)).errors).toBeUndefined();
  });
});

test('a report goes from the front line to the staff unit queue and is resolved', async () => {
  const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Fodbold for sjov' } });
  const reported = await server.gql<{
    reportOfferError: { id: string; status: string; reportedByName: string; offer: { name: string } };
  }>(
    'mutation($id: ID!, $m: String!) { reportOfferError(offerId: $id, message: $m) { id status reportedByName offer { name } } }',
    { id: offer.id, m: 'Holdet træner nu om torsdagen.' },
    front,
  );
  expect(reported.data!.reportOfferError).toMatchObject({
    status: 'OPEN',
    reportedByName: 'Demo Frontmedarbejder',
    offer: { name: 'Fodbold for sjov' },
  });
  const id = reported.data!.reportOfferError.id;
  const empty = await server.gql(
    'mutation($id: ID!) { reportOfferError(offerId: $id, message: "  ") { id } }',
    { id: offer.id },
    front,
  );
  expect(empty.errors?.[0]?.extensions?.fields).toEqual([{ path: 'message', message: 'Besked skal udfyldes' }]);

  const open = await server.gql<{ offerReports: { id: string; message: string }[] }>(
    '{ offerReports(status: OPEN) { id message } }',
    undefined,
    staff,
  );
  expect(open.data!.offerReports).toContainEqual({ id, message: 'Holdet træner nu om torsdagen.' });
  expect((await server.gql('{ offerReports { id } }', undefined, front)).errors?.[0]?.extensions?.code).toBe(
    'FORBIDDEN',
  );
  expect(
    (
      await server.gql(
        `mutation { resolveOfferReport(id: "${id}", version: 1, resolution: "x") { id } }`,
        undefined,
        front,
      )
    ).errors?.[0]?.extensions?.code,
  ).toBe('FORBIDDEN');

  const resolved = await server.gql<{
    resolveOfferReport: { status: string; resolution: string; resolvedByName: string; resolvedAt: string };
  }>(
    'mutation($id: ID!) { resolveOfferReport(id: $id, version: 1, resolution: "Tidspunktet er rettet.") { status resolution resolvedByName resolvedAt } }',
    { id },
    staff,
  );
  expect(resolved.data!.resolveOfferReport).toMatchObject({
    status: 'RESOLVED',
    resolution: 'Tidspunktet er rettet.',
    resolvedByName: 'Demo Sundhedskonsulent',
  });
  const stillOpen = await server.gql<{ offerReports: { id: string }[] }>(
    '{ offerReports(status: OPEN) { id } }',
    undefined,
    staff,
  );
  expect(stillOpen.data!.offerReports.map((r) => r.id)).not.toContain(id);
});

describe('CSV', () => {
  test('export: semicolons, UTF-8 with BOM, Danish headers; staff unit and director only', async () => {
    const res = await exportCsv(staff);
    expect(res.status).toBe(200);
    expect(res.type).toBe('text/csv; charset=utf-8');
    expect([...res.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = decode(res.bytes);
    const header = text.slice(1).split('\r\n')[0];
    expect(header?.startsWith('ID;Navn;Kort beskrivelse;Beskrivelse;Status;')).toBe(true);
    expect(text).toContain('Nøffes Gadekøkken');
    expect((await exportCsv(director)).status).toBe(200);
    expect((await exportCsv(front)).status).toBe(403);
    expect((await exportCsv()).status).toBe(401);
  });

  test('round trip: the export imports back with no changes; an edited cell becomes one history row', async () => {
    const text = decode((await exportCsv(staff)).bytes);
    const changesBefore = await server.db.offerChange.count();
    const same = await importCsv(text);
    expect(same.data!.importOffersCsv.errors).toEqual([]);
    const rows = text.trim().split('\r\n').length - 1;
    expect(same.data!.importOffersCsv).toMatchObject({ imported: rows, created: 0, updated: 0, unchanged: rows });
    expect(await server.db.offerChange.count()).toBe(changesBefore);
    expect(decode((await exportCsv(staff)).bytes)).toBe(text);

    const edited = text.replace(
      'Gratis hold, hvor du sammen med andre får hjælp til at stoppe med at ryge.',
      'Gratis hold: stop med at ryge sammen med andre.',
    );
    const res = await importCsv(edited);
    expect(res.data!.importOffersCsv.errors).toEqual([]);
    // One offer changed, the rest as exported: the report says so.
    expect(res.data!.importOffersCsv).toMatchObject({ imported: rows, created: 0, updated: 1, unchanged: rows - 1 });
    const offer = await server.db.offer.findFirstOrThrow({
      where: { name: 'Rygestopkursus' },
      include: { changes: true },
    });
    expect(offer.shortDescription).toBe('Gratis hold: stop med at ryge sammen med andre.');
    expect(offer.changes.filter((c) => c.action === 'IMPORT').map((c) => c.field)).toEqual(['shortDescription']);
    expect(await server.db.offerLocation.count({ where: { offerId: offer.id } })).toBeGreaterThan(0);
  });

  test('a row with an unknown language is refused by the shared rule; Danish names are stored as codes', async () => {
    const header =
      'ID;Navn;Kort beskrivelse;Beskrivelse;Ejer;Kontaktperson;Kontaktpersonens telefon;Adgang;Målgrupper;Behovskategorier;Sprog';
    const row = (name: string, languages: string) =>
      `;${name};Kort.;Lang.;Center for Kultur og Fritid;Koordinator;43 57 75 75;Selvhenvendelse;voksne;Motion;${languages}`;
    const bad = await importCsv([header, row('Sprogtest', 'da, xx')].join('\n'));
    expect(bad.data!.importOffersCsv.errors).toEqual([
      {
        line: 2,
        column: 'Sprog',
        message:
          'Sprog skal være kendte sprog: »xx« kendes ikke. Skriv sprogkoder som da, en, ar eller sprogets danske navn (fx dansk, engelsk)',
      },
    ]);
    const ok = await importCsv([header, row('Sprogtest', 'dansk, Arabisk')].join('\n'));
    expect(ok.data!.importOffersCsv.errors).toEqual([]);
    const stored = await server.db.offer.findFirstOrThrow({ where: { name: 'Sprogtest' } });
    expect(stored.languages).toEqual(['da', 'ar']);
  });

  test('a new row is created; a file with bad rows imports nothing and lists every bad row', async () => {
    const header =
      'ID;Navn;Kort beskrivelse;Beskrivelse;Ejer;Kontaktperson;Kontaktpersonens telefon;Adgang;Alder fra;Målgrupper;Behovskategorier;Tolk';
    const good =
      ';Gåtur for alle;Fælles gåtur hver uge.;En frivillig går en tur på 3 km med alle, der vil.;Center for Kultur og Fritid;Frivilligkoordinator;43 57 75 75;Selvhenvendelse;;voksne, ældre;Motion, Sociale relationer;nej';
    const bad1 =
      ';;Mangler navn;Beskrivelse;Center for Kultur og Fritid;Koordinator;43 57 75 75;Selvhenvendelse;;voksne;Motion;nej';
    const bad2 = ';Forkert tilbud;Kort;Lang;Ukendt center;Koordinator;43 57 75 75;Med posten;ti;voksne;Hygge;måske';
    const bad3 =
      'findes-ikke;Ukendt id;Kort;Lang;Center for Kultur og Fritid;Koordinator;43 57 75 75;Selvhenvendelse;;voksne;Motion;nej';
    const before = await server.db.offer.count();
    const res = await importCsv(['\uFEFF' + header, good, bad1, bad2, bad3].join('\r\n'));
    const report = res.data!.importOffersCsv;
    expect(report.imported).toBe(0);
    expect(report.errors).toEqual(
      expect.arrayContaining([
        { line: 3, column: 'Navn', message: 'Navn skal udfyldes' },
        { line: 4, column: 'Ejer', message: 'Ejer skal være en enhed i kommunen' },
        { line: 4, column: 'Adgang', message: 'Adgang indeholder en ukendt værdi' },
        { line: 4, column: 'Alder fra', message: 'Alder fra skal være et helt tal' },
        { line: 4, column: 'Behovskategorier', message: 'Behovskategorier skal være en kendt behovskategori' },
        { line: 4, column: 'Tolk', message: 'Tolk skal være ja eller nej' },
        { line: 5, column: 'ID', message: 'ID er ikke et tilbud i kommunen' },
      ]),
    );
    expect(report.errors.some((e) => e.line === 2)).toBe(false);
    expect(await server.db.offer.count()).toBe(before);

    const ok = await importCsv([header, good].join('\n'));
    expect(ok.data!.importOffersCsv).toEqual({ imported: 1, created: 1, updated: 0, unchanged: 0, errors: [] });
    const created = await server.db.offer.findFirstOrThrow({
      where: { name: 'Gåtur for alle' },
      include: { changes: true },
    });
    expect(created.needCategories).toEqual(['motion', 'sociale-relationer']);
    expect(created.assuredAt).toBeNull();
    expect(created.changes.every((c) => c.action === 'IMPORT')).toBe(true);
  });

  test('refuses unknown columns, an unclosed quote, an empty file, and front-line staff', async () => {
    expect((await importCsv('Navn;Farve\nA;rød')).data!.importOffersCsv.errors).toEqual([
      { line: 1, column: 'Farve', message: 'Farve er ikke en kendt kolonne' },
    ]);
    expect((await importCsv('Navn;Beskrivelse\n"A;b')).data!.importOffersCsv.errors).toEqual([
      { line: 2, column: null, message: 'Et citationstegn er ikke lukket' },
    ]);
    expect((await importCsv('Navn\n')).data!.importOffersCsv.errors).toEqual([
      { line: 1, column: null, message: 'Filen indeholder ingen tilbud' },
    ]);
    expect((await importCsv('Navn\nA', front)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('Send til borger', () => {
  const send = (offerId: string, email: string, cookie = front) =>
    server.gql<{ sendOfferToCitizen: { sent: boolean; via: string; sendCount: number } }>(
      'mutation($id: ID!, $e: String!) { sendOfferToCitizen(offerId: $id, email: $e) { sent via sendCount } }',
      { id: offerId, e: email },
      cookie,
    );

  test('puts a plain-Danish message in the outbox, counts it, and stores no e-mail address', async () => {
    const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Rygestopkursus' } });
    const address = 'citizen-7f3a@example.com';
    const res = await send(offer.id, address);
    expect(res.data!.sendOfferToCitizen).toEqual({ sent: true, via: 'outbox', sendCount: offer.sendCount + 1 });
    const outbox = await server.gql<{ outbox: { to: string; subject: string; body: string; offerId: string }[] }>(
      '{ outbox { to subject body offerId } }',
      undefined,
      front,
    );
    const msg = outbox.data!.outbox.find((m) => m.to === address)!;
    expect(msg.subject).toBe('Tilbud fra Ishøj Kommune: Rygestopkursus');
    expect(msg.body).toContain('Sådan kommer du med: Selvhenvendelse, Henvisning fra egen læge.');
    expect(msg.body).toContain('Pris: Gratis.');
    expect(msg.body).not.toContain(offer.intakeNotes!);
    expect(msg.body).not.toContain(offer.professionalPhone!);

    // Nothing about the citizen in the database: not in offers, history or reports.
    const offersJson = JSON.stringify(await server.db.offer.findMany());
    const changesJson = JSON.stringify(await server.db.offerChange.findMany());
    const reportsJson = JSON.stringify(await server.db.offerReport.findMany());
    for (const text of [offersJson, changesJson, reportsJson]) expect(text).not.toContain(address);
  });

  test('refuses a bad address in Danish, ended offers, unknown offers and the director', async () => {
    const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Jump4fun' } });
    const bad = await send(offer.id, 'ikke en adresse');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'email', message: 'E-mail skal være en gyldig e-mailadresse' },
    ]);
    expect((await send('findes-ikke', 'a@example.com')).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await send(offer.id, 'a@example.com', director)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await server.gql(
      'mutation($id: ID!, $v: Int!) { setOfferStatus(id: $id, version: $v, status: ENDED) { id } }',
      { id: offer.id, v: offer.version },
      staff,
    );
    expect((await send(offer.id, 'a@example.com')).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await server.db.offer.findUniqueOrThrow({ where: { id: offer.id } })).sendCount).toBe(0);
  });

  test('with SMTP_URL set, hands the message to the SMTP server instead of the outbox', async () => {
    const smtp = await startSmtpSink();
    process.env.SMTP_URL = smtp.url;
    try {
      const offer = await server.db.offer.findFirstOrThrow({ where: { name: 'Træn dig glad' } });
      const res = await send(offer.id, 'borger@example.com');
      expect(res.data!.sendOfferToCitizen).toMatchObject({ sent: true, via: 'smtp' });
      expect(smtp.received).toHaveLength(1);
      const mail = defined(smtp.received[0], 'the received mail');
      expect(mail).toMatchObject({ from: 'sundhed@ishoj.dk', to: ['borger@example.com'] });
      const [head, encoded] = mail.raw.split('\r\n\r\n');
      expect(head).toMatch(/^Subject: =\?UTF-8\?/m); // "Træn" is not ASCII: an encoded word
      expect(head).toMatch(/^Content-Transfer-Encoding: base64$/m);
      const body = Buffer.from((encoded ?? '').replace(/\r\n/g, ''), 'base64').toString('utf8');
      expect(body).toContain('Træn dig glad');
      expect(body).toContain('Kommunen har ikke gemt din e-mailadresse.');
    } finally {
      delete process.env.SMTP_URL;
      await smtp.close();
    }
  });
});
