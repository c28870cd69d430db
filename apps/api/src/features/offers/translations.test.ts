// The hand-out in the citizen's language (issue 12 item 4, ADR 043): the staff unit's list of languages as
// data, an offer's summary per language with versioned saves, and the public page and e-mail in the chosen
// language, falling back to Danish and saying so.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrationsDir } from '../../db/paths';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let worker: string;
let offerId: string;
let otherOfferId: string;
const saved = process.env.SUNDHED_PUBLIC_URL;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  worker = await server.signIn(demoEmail('frontmedarbejder'));
  const active = await server.db.offer.findMany({ where: { status: 'ACTIVE' }, orderBy: { name: 'asc' }, take: 2 });
  offerId = active[0]!.id;
  otherOfferId = active[1]!.id;
  process.env.SUNDHED_PUBLIC_URL = 'https://sundhed.example.dk';
});
afterAll(async () => {
  if (saved === undefined) delete process.env.SUNDHED_PUBLIC_URL;
  else process.env.SUNDHED_PUBLIC_URL = saved;
  await server.close();
});

const SAVE = `mutation($offerId: ID!, $language: String!, $version: Int!, $input: OfferTranslationInput!) {
  saveOfferTranslation(offerId: $offerId, language: $language, version: $version, input: $input) {
    language name shortDescription description eligibility version
  }
}`;
type Saved = { saveOfferTranslation: { version: number; name: string | null; shortDescription: string | null } };

test('the list starts with six languages, Arabic and Urdu right to left, with their strings', async () => {
  const res = await server.gql<{
    handoutLanguages: {
      code: string;
      direction: string;
      nativeName: string;
      missingTexts: string[];
      texts: { what: string; ages: string; regards: string; formatHold: string };
    }[];
  }>('{ handoutLanguages { code direction nativeName missingTexts texts { what ages regards formatHold } } }');
  expect(res.errors).toBeUndefined();
  const byCode = new Map(res.data!.handoutLanguages.map((l) => [l.code, l]));
  expect([...byCode.keys()].sort()).toEqual(['ar', 'en', 'so', 'tr', 'uk', 'ur']);
  expect(byCode.get('ar')).toMatchObject({ direction: 'RTL', nativeName: 'العربية', missingTexts: [] });
  expect(byCode.get('ur')!.direction).toBe('RTL');
  expect(byCode.get('en')).toMatchObject({ direction: 'LTR', texts: { what: 'What is it?' } });
  // The status line, labels, footer, closing and format words came with a data migration: every language
  // has them but Somali, which has only the short ones; its others are Danish (and named missing).
  for (const code of ['en', 'ar', 'tr', 'ur', 'uk']) expect(byCode.get(code)!.missingTexts).toEqual([]);
  expect(byCode.get('en')!.texts).toMatchObject({ ages: 'Age', regards: 'Kind regards', formatHold: 'In a group' });
  expect(byCode.get('ar')!.texts).toMatchObject({ ages: 'العمر', formatHold: 'ضمن مجموعة' });
  expect(byCode.get('so')!.texts).toMatchObject({ ages: "Da'da", formatHold: 'På hold' });
  expect(byCode.get('so')!.missingTexts).toEqual(
    expect.arrayContaining(['courseNext', 'courseEnded', 'printFooter', 'updated', 'formatHold', 'courseEndedContact']),
  );
  expect(byCode.get('so')!.missingTexts).not.toContain('ages');
});

test('a translation is created at version 0, then saved with the version read; a stale save is a CONFLICT', async () => {
  const input = { name: 'Stop smoking', shortDescription: 'A course to stop smoking.' };
  const created = await server.gql<Saved>(SAVE, { offerId, language: 'en', version: 0, input }, staff);
  expect(created.errors).toBeUndefined();
  expect(created.data!.saveOfferTranslation).toMatchObject({ version: 1, name: 'Stop smoking' });

  // Someone else created it meanwhile: a second "new" save does not overwrite it.
  const again = await server.gql(SAVE, { offerId, language: 'en', version: 0, input: { name: 'Other' } }, staff);
  expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

  const second = await server.gql<Saved>(
    SAVE,
    { offerId, language: 'en', version: 1, input: { ...input, description: 'Six evenings in a group.' } },
    staff,
  );
  expect(second.data!.saveOfferTranslation.version).toBe(2);
  const stale = await server.gql(SAVE, { offerId, language: 'en', version: 1, input }, staff);
  expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  expect(stale.errors?.[0]?.message).toContain('Oversættelsen er ændret af en anden');
  expect((stale.errors?.[0]?.extensions as { current?: { description?: string } }).current?.description).toBe(
    'Six evenings in a group.',
  );
});

test('bad input is refused in Danish naming the field; only the staff unit may save', async () => {
  const empty = await server.gql(SAVE, { offerId, language: 'ar', version: 0, input: { name: '  ' } }, staff);
  expect(empty.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  expect(empty.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'input.shortDescription', message: 'Kort beskrivelse eller en anden del af oversættelsen skal udfyldes' },
  ]);
  const unknown = await server.gql(SAVE, { offerId, language: 'xx', version: 0, input: { name: 'X' } }, staff);
  expect(unknown.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'language', message: 'Sproget findes ikke på listen over sprog til borgeren' },
  ]);
  const long = await server.gql(SAVE, { offerId, language: 'ar', version: 0, input: { name: 'x'.repeat(201) } }, staff);
  expect(long.errors?.[0]?.extensions?.fields?.[0]?.message).toBe('Navn må højst være 200 tegn');
  const front = await server.gql(SAVE, { offerId, language: 'ar', version: 0, input: { name: 'X' } }, worker);
  expect(front.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('the public page reads the translation; a part not translated is null (Danish is shown); the QR link carries the language', async () => {
  const arabic = await server.gql<Saved>(
    SAVE,
    { offerId, language: 'ar', version: 0, input: { shortDescription: 'دورة للإقلاع عن التدخين.' } },
    staff,
  );
  expect(arabic.errors).toBeUndefined();
  const res = await server.gql<{
    publicOffer: { name: string; publicUrl: string; translation: { name: string | null; shortDescription: string } };
    other: { translation: null };
  }>(
    `query($id: ID!, $other: ID!) {
      publicOffer(id: $id) { name publicUrl(language: "ar") translation(language: "ar") { name shortDescription } }
      other: publicOffer(id: $other) { translation(language: "ar") { name } }
    }`,
    { id: offerId, other: otherOfferId },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.publicOffer.translation).toEqual({ name: null, shortDescription: 'دورة للإقلاع عن التدخين.' });
  expect(res.data!.publicOffer.publicUrl).toBe(`https://sundhed.example.dk/offentligt/tilbud/${offerId}?sprog=ar`);
  expect(res.data!.other.translation).toBeNull();
});

async function mailIn(id: string, language: string | null) {
  const sent = await server.gql(
    'mutation($id: ID!, $language: String) { sendOfferToCitizen(offerId: $id, email: "borger@example.com", language: $language) { sent } }',
    { id, language },
    worker,
  );
  expect(sent.errors).toBeUndefined();
  const outbox = await server.gql<{ outbox: { offerId: string; subject: string; body: string }[] }>(
    '{ outbox { offerId subject body } }',
    {},
    worker,
  );
  return outbox.data!.outbox[0]!;
}

test('the e-mail comes in the chosen language, says what is only in Danish, and links to the page in it', async () => {
  const mail = await mailIn(offerId, 'en');
  expect(mail.subject).toContain('Stop smoking');
  expect(mail.body.split('\n')[0]).toBe('Some parts are only in Danish.');
  expect(mail.body).toContain('A course to stop smoking.');
  expect(mail.body).toContain(
    `Read more about the offer: https://sundhed.example.dk/offentligt/tilbud/${offerId}?sprog=en`,
  );

  const untranslated = await mailIn(otherOfferId, 'tr');
  expect(untranslated.body.split('\n')[0]).toBe('Bu hizmet henüz çevrilmedi. Danca gösteriliyor.');
  expect(untranslated.body).toContain('Merhaba');

  const danish = await mailIn(offerId, null);
  expect(danish.body.startsWith('Hej')).toBe(true);
  expect(danish.body).not.toContain('Stop smoking');

  const bad = await server.gql(
    'mutation($id: ID!) { sendOfferToCitizen(offerId: $id, email: "borger@example.com", language: "zz") { sent } }',
    { id: offerId },
    worker,
  );
  expect(bad.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('language');
});

test("in a language, the e-mail's course line, ages, languages and closing are in it; Danish where it lacks them", async () => {
  await server.db.offer.update({
    where: { id: otherOfferId },
    data: {
      minAge: 18,
      maxAge: 64,
      languageNote: 'Tolk efter aftale',
      schedules: {
        deleteMany: {},
        create: [
          {
            kind: 'COURSE',
            weekday: 2,
            validFrom: new Date('2030-01-01'),
            validTo: new Date('2030-02-05'),
            opensAt: '17:00',
          },
        ],
      },
    },
  });
  const english = (await mailIn(otherOfferId, 'en')).body;
  expect(english).toContain('Age: 18–64.');
  expect(english).toContain('Languages: Tolk efter aftale');
  expect(english).toContain('Next group starts 1.1.2030.');
  expect(english).toContain('\nKind regards\n');
  expect(english).not.toMatch(/Alder|Sprog:|Næste hold|Venlig hilsen/);

  const arabic = (await mailIn(otherOfferId, 'ar')).body;
  expect(arabic).toContain('العمر: 18–64.');
  expect(arabic).toContain('تبدأ المجموعة القادمة في 1.1.2030.');
  expect(arabic).toContain('\nمع أطيب التحيات\n');
  expect(arabic).not.toMatch(/Alder|Sprog:|Næste hold|Venlig hilsen/);

  // Somali has the short strings only: the course line stays Danish, and the mail says parts are Danish.
  const somali = (await mailIn(otherOfferId, 'so')).body;
  expect(somali.split('\n')[0]).toBe('Adeeggan weli lama turjumin. Waxaa lagu muujiyey af-Deenish.');
  expect(somali).toContain("Da'da: 18–64.");
  expect(somali).toContain('\nMahadsanid\n');
  expect(somali).toContain('Næste hold starter 1.1.2030.');

  const danish = (await mailIn(otherOfferId, null)).body;
  expect(danish).toContain('Alder: 18–64 år.');
  expect(danish).toContain('Sprog: Tolk efter aftale');
  expect(danish).toContain('Næste hold starter 1.1.2030.');
  expect(danish).toContain('\nVenlig hilsen\n');
});

test("an ended course's e-mail says to get in touch, in the language; its labels are in it; Danish where it lacks them", async () => {
  await server.db.offer.update({
    where: { id: otherOfferId },
    data: {
      alert: 'Holdet er fuldt i januar',
      bookingUrl: 'https://booking.example.dk/hold',
      interpreter: true,
      accessibility: 'Elevator til 2. sal',
      contactPhone: '43 57 70 00',
      schedules: {
        deleteMany: {},
        create: [
          {
            kind: 'COURSE',
            weekday: 2,
            validFrom: new Date('2020-01-07'),
            validTo: new Date('2020-02-04'),
            opensAt: '17:00',
          },
        ],
      },
    },
  });
  const danishLines = /Kontakt os|Bemærk|Tilmelding|Tilgængelighed|bestilles tolk|Næste hold|telefon/;
  const english = (await mailIn(otherOfferId, 'en')).body;
  expect(english).toContain(
    'Next group not yet scheduled (the last group ended 4.2.2020). Contact us to hear when there is a new group.',
  );
  expect(english).toContain('Please note: Holdet er fuldt i januar');
  expect(english).toContain('Sign up: https://booking.example.dk/hold');
  expect(english).toContain('\nAn interpreter can be booked.\n');
  expect(english).toContain('Accessibility: Elevator til 2. sal');
  expect(english).toContain('Phone: 43 57 70 00');
  expect(english).not.toMatch(danishLines);
  // The session's weekday and dates as the runtime's locale data writes them in English (ADR 043).
  expect(english).toMatch(/\nWhen: Tuesday, \u206617:00\u2069, 1\/7\/2020\s*–\s*2\/4\/2020\n/u);
  expect(english).not.toMatch(/Hver tirsdag|kl\. 17/);

  const arabic = (await mailIn(otherOfferId, 'ar')).body;
  expect(arabic).toContain(
    'لم يُحدَّد موعد المجموعة القادمة بعد (انتهت آخر مجموعة في 4.2.2020). تواصل معنا لمعرفة موعد المجموعة الجديدة.',
  );
  expect(arabic).toContain('ملاحظة: Holdet er fuldt i januar');
  expect(arabic).toContain('التسجيل: https://booking.example.dk/hold');
  expect(arabic).toContain('\nيمكن طلب مترجم فوري.\n');
  expect(arabic).toContain('إمكانية الوصول: Elevator til 2. sal');
  expect(arabic).toContain('الهاتف: 43 57 70 00');
  expect(arabic).not.toMatch(danishLines);
  expect(arabic).toMatch(/: الثلاثاء, \u206617:00\u2069, /u);

  // Somali lacks these keys: the lines are Danish, never left out, and the first line says parts are Danish.
  const somali = (await mailIn(otherOfferId, 'so')).body;
  expect(somali.split('\n')[0]).toBe('Adeeggan weli lama turjumin. Waxaa lagu muujiyey af-Deenish.');
  expect(somali).toContain(
    'Næste hold ikke fastlagt (sidste hold sluttede 4.2.2020). Kontakt os for at høre, hvornår der er et nyt hold.',
  );
  expect(somali).toContain('Bemærk: Holdet er fuldt i januar');
  expect(somali).toContain('Tilmelding: https://booking.example.dk/hold');
  expect(somali).toContain('\nDer kan bestilles tolk.\n');
  expect(somali).toContain('Tilgængelighed: Elevator til 2. sal');

  // A language with the status line but not the contact line: the Danish contact line follows the translated
  // status; the e-mail of a translated offer says first that some parts are only in Danish.
  await server.db.offerTranslation.create({
    data: { offerId: otherOfferId, language: 'uk', shortDescription: 'Заняття в групі.' },
  });
  const ukrainian = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code: 'uk' } });
  const withoutContact = Object.fromEntries(
    Object.entries(ukrainian.texts as Record<string, string>).filter(([key]) => key !== 'courseEndedContact'),
  );
  await server.db.handoutLanguage.update({ where: { code: 'uk' }, data: { texts: withoutContact } });
  let mixed: string;
  try {
    mixed = (await mailIn(otherOfferId, 'uk')).body;
  } finally {
    await server.db.handoutLanguage.update({
      where: { code: 'uk' },
      data: { texts: ukrainian.texts as Record<string, string> },
    });
  }
  expect(mixed.split('\n')[0]).toBe((ukrainian.texts as Record<string, string>).partlyDanish);
  expect(mixed).toContain(
    'Наступну групу ще не призначено (остання група закінчилася 4.2.2020). Kontakt os for at høre, hvornår der er et nyt hold.',
  );
  expect(mixed).toContain('Зверніть увагу: Holdet er fuldt i januar');

  const danish = (await mailIn(otherOfferId, null)).body;
  expect(danish).toContain(
    'Næste hold ikke fastlagt (sidste hold sluttede 4.2.2020). Kontakt os for at høre, hvornår der er et nyt hold.',
  );
  expect(danish).toContain('Bemærk: Holdet er fuldt i januar');
  expect(danish).toContain('Tilmelding: https://booking.example.dk/hold');
  expect(danish).toContain('\nDer kan bestilles tolk.\n');
  expect(danish).toContain('Tilgængelighed: Elevator til 2. sal');
  expect(danish).toContain('telefon 43 57 70 00');
});

test('the staff unit adds a language to the list (versioned); a missing string falls back to Danish', async () => {
  const SAVE_LANGUAGE = `mutation($code: String!, $version: Int!, $input: HandoutLanguageInput!) {
    saveHandoutLanguage(code: $code, version: $version, input: $input) { code version direction missingTexts texts { what free } }
  }`;
  const input = { name: 'Farsi', nativeName: 'فارسی', direction: 'RTL', texts: { what: 'این چیست؟' } };
  const res = await server.gql<{
    saveHandoutLanguage: { version: number; missingTexts: string[]; texts: { what: string; free: string } };
  }>(SAVE_LANGUAGE, { code: 'fa', version: 0, input }, staff);
  expect(res.errors).toBeUndefined();
  expect(res.data!.saveHandoutLanguage.texts).toEqual({ what: 'این چیست؟', free: 'Gratis' });
  expect(res.data!.saveHandoutLanguage.missingTexts).toContain('free');
  const stale = await server.gql(SAVE_LANGUAGE, { code: 'fa', version: 0, input }, staff);
  expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  const badCode = await server.gql(SAVE_LANGUAGE, { code: 'farsi', version: 0, input }, staff);
  expect(badCode.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('code');
});

test('the data migration adds the new strings to an existing database and keeps a string the staff unit saved', async () => {
  const before = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code: 'en' } });
  const stored = before.texts as Record<string, string>;
  // The English strings as a database had them before the migration, with one the staff unit had saved.
  const old = Object.fromEntries(
    Object.entries(stored).filter(([key]) => !['regards', 'courseNext', 'formatHold', 'ages'].includes(key)),
  );
  await server.db.handoutLanguage.update({ where: { code: 'en' }, data: { texts: { ...old, ages: 'Years' } } });
  const sql = readFileSync(join(migrationsDir, '20261213080000_handout_texts_status_labels/migration.sql'), 'utf8');
  await server.db.$executeRawUnsafe(sql);
  const after = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code: 'en' } });
  expect(after.texts).toMatchObject({
    what: 'What is it?',
    ages: 'Years',
    regards: 'Kind regards',
    courseNext: 'Next group starts {date}',
    formatHold: 'In a group',
  });
  expect(after.version).toBe(before.version + 1);
});

test('the second data migration adds the e-mail lines to an existing database and keeps a string the staff unit saved', async () => {
  const before = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code: 'ar' } });
  const stored = before.texts as Record<string, string>;
  const added = ['courseEndedContact', 'alert', 'booking', 'accessibility', 'interpreter'];
  const old = Object.fromEntries(Object.entries(stored).filter(([key]) => !added.includes(key)));
  await server.db.handoutLanguage.update({ where: { code: 'ar' }, data: { texts: { ...old, alert: 'تنبيه' } } });
  const sql = readFileSync(join(migrationsDir, '20261214090000_handout_texts_mail_lines/migration.sql'), 'utf8');
  await server.db.$executeRawUnsafe(sql);
  const after = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code: 'ar' } });
  expect(after.texts).toMatchObject({
    what: stored.what,
    alert: 'تنبيه',
    courseEndedContact: 'تواصل معنا لمعرفة موعد المجموعة الجديدة.',
    interpreter: 'يمكن طلب مترجم فوري.',
  });
  expect(after.version).toBe(before.version + 1);
  const somali = await server.db.handoutLanguage.findUniqueOrThrow({ where: { code: 'so' } });
  expect(Object.keys(somali.texts as object)).not.toContain('courseEndedContact');
});
