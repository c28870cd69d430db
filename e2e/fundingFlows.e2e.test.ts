// The money flows after co-financing (issue 13 item 5, ADR 069), in headless Chromium against the built app
// with the clock at 15 January 2027: on /medfinansiering the regime timeline lists the seeded flows with
// their status and source, a year after the end says why there is no co-financing and what replaces it,
// and the staff unit adds a flow (a Danish field error first, then saved). axe-clean.
import { axeViolations } from './browser';
import { clockedPage } from './clockedPage';

jest.setTimeout(180_000);

const CLOCK = '2027-01-15T09:00:00.000Z';

const run = clockedPage(CLOCK, { width: 1100, height: 900 });

test('the timeline shows the flows after 2026 and the staff unit adds one', async () => {
  await run.page.goto(`${run.app.url}/log-ind`);
  await run.page.getByRole('button', { name: 'Log ind som sundhedskonsulent' }).click();
  await run.page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await run.page.goto(`${run.app.url}/medfinansiering`);
  await run.page.getByLabel('Til år').fill('2030');
  await run.page.getByRole('button', { name: 'Vis', exact: true }).click();
  const regimes = run.page.getByRole('region', { name: 'Ordningerne gennem reformen' });
  await regimes.getByText(/^2030: Ingen kommunal medfinansiering/).waitFor();
  await regimes
    .getByText(/Overgangsordning for den kommunale medfinansiering/)
    .first()
    .waitFor();
  await regimes.getByText(/Aftalt; lovgrundlag ikke bekræftet; Kommune → Region; 1\.1\.2027–31\.12\.2028/).waitFor();
  await regimes.getByText('Sundhedsrådets økonomiske ramme (Ikke kendt)').waitFor();
  expect(await axeViolations(run.page)).toEqual([]);

  await regimes.getByRole('button', { name: 'Tilføj pengestrøm' }).click();
  const form = regimes.getByRole('form', { name: 'Ny pengestrøm' });
  await form.getByLabel('Navn').fill('Testpengestrøm');
  await form.getByLabel('Hvad vides').fill('Nævnt i en kilde; mekanikken er ikke kendt.');
  await form.getByRole('button', { name: 'Gem pengestrøm' }).click();
  await form
    .getByRole('alert')
    .getByText(/Kilde skal udfyldes/)
    .waitFor();
  expect(await axeViolations(run.page)).toEqual([]);

  await form.getByLabel('Dokument eller beslutning').fill('Testkilde');
  await form.getByRole('button', { name: 'Gem pengestrøm' }).click();
  await regimes.getByText('Pengestrømmen Testpengestrøm er gemt.').waitFor();
  await regimes.getByText('Testpengestrøm (Ikke kendt)').waitFor();
  expect(await axeViolations(run.page)).toEqual([]);
});
