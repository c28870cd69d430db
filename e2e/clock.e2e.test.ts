// Dates in Copenhagen time, end to end, with the server's clock fixed at 00:30 Copenhagen time
// (SUNDHED_CLOCK) and the browser's clock fixed at the same instant (Playwright's page.clock). An offer
// assured at 00:30 shows that day, not the UTC day before, on the offer page, in its history, in the
// review queue and on the print sheet.
import { axeViolations } from './browser';
import { clockedPage } from './clockedPage';

jest.setTimeout(120_000);

// 00:30 summer time (CEST) on 15 June 2027; the UTC day is still the 14th.
const CLOCK = '2027-06-14T22:30:00.000Z';
// 00:30 winter time (CET) on 28 March 2027, the night summer time starts; the UTC day is the 27th.
const ASSURED_IN_WINTER = '2027-03-27T23:30:00.000Z';

const run = clockedPage(CLOCK, { width: 1024, height: 1024 });

const main = () => run.page.locator('main').innerText();

async function signInAsStaff() {
  await run.page.goto(`${run.app.url}/log-ind`);
  await run.page.getByRole('button', { name: 'Log ind som sundhedskonsulent' }).click();
  // Signed in once the app has left the sign-in page (its own h1 would satisfy a heading wait).
  await run.page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await run.page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

test('an offer assured at 00:30 in winter (set in the database) shows that day on its page and in its history', async () => {
  const [offer] = await run.app.sql(
    `UPDATE "Offer" SET "assuredAt" = $1, "version" = "version" + 1 WHERE "name" = 'Rygestopkursus'
     RETURNING "id", "version"`,
    [ASSURED_IN_WINTER],
  );
  expect(offer).toBeDefined();
  await run.app.sql(
    `INSERT INTO "OfferChange" ("id", "offerId", "changedAt", "action", "field", "oldValue", "newValue", "version")
     VALUES (gen_random_uuid()::text, $1, $2, 'ASSURE', 'assuredAt', 'null'::jsonb, $3::jsonb, $4)`,
    [offer!.id, ASSURED_IN_WINTER, JSON.stringify(ASSURED_IN_WINTER), offer!.version],
  );
  await signInAsStaff();
  await run.page.goto(`${run.app.url}/tilbud/${String(offer!.id)}`);
  await run.page.getByRole('heading', { name: 'Rygestopkursus', level: 1 }).waitFor();
  await run.page.getByRole('heading', { name: 'Ændringshistorik' }).waitFor();
  expect(await main()).toMatch(/Oplysningerne er bekræftet 28\.3\.2027/);
  const history = run.page.getByRole('table', { name: 'Ændringshistorik, nyeste først' });
  // Newest first: the assurance is the latest change (the demo data's changes are stamped earlier).
  expect(await history.getByRole('row').nth(1).innerText()).toMatch(/^28\.3\.2027\b[\s\S]*→ 28\.3\.2027/);
  expect(await main()).not.toMatch(/27\.3\.2027/);
});

test('assured through the review queue at 00:30 by the fixed server clock, it shows 15.6.2027 everywhere', async () => {
  await run.page.goto(`${run.app.url}/tilbud/vedligehold`);
  const queue = run.page.locator('section[aria-labelledby="review-title"]');
  const first = queue.getByRole('checkbox').first();
  await first.waitFor();
  const id = (await first.getAttribute('id'))!.replace(/^review-/, '');
  await first.check();
  await queue.getByRole('button', { name: 'Bekræft valgte' }).click();
  await queue.getByText('1 tilbud er bekræftet.').waitFor();
  // The column is a timestamp without time zone, in UTC: the server stamped its fixed clock.
  const [offer] = await run.app.sql(`SELECT "name", "assuredAt"::text AS "assuredAt" FROM "Offer" WHERE "id" = $1`, [
    id,
  ]);
  expect(offer!.assuredAt).toBe('2027-06-14 22:30:00');
  const name = String(offer!.name);

  await run.page.goto(`${run.app.url}/tilbud/${id}`);
  await run.page.getByRole('heading', { name, level: 1 }).waitFor();
  await run.page.getByRole('heading', { name: 'Ændringshistorik' }).waitFor();
  expect(await main()).toMatch(/Oplysningerne er bekræftet 15\.6\.2027/);
  const history = run.page.getByRole('table', { name: 'Ændringshistorik, nyeste først' });
  expect(await history.getByRole('row').nth(1).innerText()).toMatch(/^15\.6\.2027\b[\s\S]*→ 15\.6\.2027/);
  expect(await axeViolations(run.page)).toEqual([]);

  await run.page.goto(`${run.app.url}/tilbud/${id}/udskrift`);
  await run.page.getByRole('heading', { name, level: 1 }).waitFor();
  expect(await run.page.locator('.print-sheet__footer').innerText()).toMatch(/^Udskrevet 15\.6\.2027 /);
});
