// Co-financing as management information (issue 13), in headless Chromium against the built app with the
// clock at 15 January 2027 and the synthetic demo data of 2017–2024 (ADR 046): the staff unit imports a
// synthetic activity file and the population on /medfinansiering, is asked "Erstat perioden?" when it
// imports the same period again, sees the figures per inhabitant with their source, changes the
// "Vestegnen" comparison set and enters a missing 2018 rate, which theme F then prices; the director then sees the co-financing card on the overview, which links to
// the page, where the demo figures are labelled synthetic. axe-clean.
import { axeViolations } from './browser';
import { clockedPage } from './clockedPage';

jest.setTimeout(180_000);

const CLOCK = '2027-01-15T09:00:00.000Z';
const ACTIVITY = [
  'kommunekode;år;måned;sektor;kontakttype;aldersgruppe;diagnosegruppe;antal;takst_kr;medfinansiering_kr;grundlag',
  '183;2025;1;somatik;stationaer;65-79;DJ18;10;30.000;100.000;activity',
  '183;2026;1;somatik;stationaer;65-79;DJ18;12;30.000;120.000;activity',
  '183;2026;2;praksis;almen_laege;80+;;200;150;10.000;activity',
].join('\n');
const POPULATION = [
  'område;alder;tid;indhold',
  'Ishøj;3-64;2026K1;20000',
  'Ishøj;65-79;2026K1;3000',
  'Ishøj;80+;2026K1;1000',
].join('\n');

const run = clockedPage(CLOCK, { width: 1100, height: 900 });

async function signIn(who: string) {
  await run.page.goto(`${run.app.url}/log-ind`);
  await run.page.getByRole('button', { name: who }).click();
  await run.page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await run.page.getByRole('navigation', { name: 'Hovedmenu' }).waitFor();
}

async function importFile(title: string, source: string, name: string, text: string) {
  const form = run.page.getByRole('region', { name: title, exact: true });
  await form.getByLabel('Kilde', { exact: true }).fill(source);
  await form
    .getByLabel('Fil (.csv eller .xlsx)')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
  await form.getByRole('button', { name: 'Indlæs' }).click();
  return form;
}

test('the staff unit imports activity and population, and is asked before a period is replaced', async () => {
  await signIn('Log ind som sundhedskonsulent');
  await run.page.getByRole('navigation').getByRole('link', { name: 'Medfinansiering', exact: true }).click();
  await run.page.getByRole('heading', { name: 'Kommunal medfinansiering', level: 1 }).waitFor();

  const activity = await importFile('Indlæs aktivitet', 'eSundhed-udtræk (syntetiske data)', 'aktivitet.csv', ACTIVITY);
  await activity.getByText('Indlæst: 3 aktivitetsrækker og 0 betalinger.').waitFor();
  await importFile(
    'Indlæs befolkning (Danmarks Statistik)',
    'Danmarks Statistik, FOLK1A (syntetiske data)',
    'folk1a.csv',
    POPULATION,
  );
  await run.page.getByText('Indlæst: 3 rækker.').waitFor();

  // 2026: 130.000 kr. over 24.000 inhabitants = 5,42 kr.
  const table = run.page.getByRole('table', {
    name: 'Medfinansiering pr. år og pr. indbygger mod sammenligningsniveauerne',
  });
  await table.getByRole('row', { name: /2026 130\.000 kr\..*5,42 kr\./ }).waitFor();
  await run.page
    .getByText(/Kilde: eSundhed-udtræk: eSundhed-udtræk \(syntetiske data\)/)
    .first()
    .waitFor();
  // The diagnosis group by name, per inhabitant against the levels: no other municipality has 2026 imported,
  // so the kommunesocialgruppe says "ikke importeret"; the national level holds Ishøj's own 5,00 kr.
  const diagnoses = run.page.getByRole('table', {
    name: 'Diagnosegruppe i 2026: kommunen pr. indbygger mod sammenligningsniveauerne',
  });
  await diagnoses.getByRole('columnheader', { name: 'Kommunesocialgruppe 4' }).waitFor();
  await diagnoses
    .getByRole('row', { name: /^Lungebetændelse \(DJ18\) 120\.000 kr\. 12 5,00 kr\. ikke importeret .*5,00 kr\.$/ })
    .waitFor();

  const again = await importFile('Indlæs aktivitet', 'eSundhed-udtræk (syntetiske data)', 'aktivitet.csv', ACTIVITY);
  await again.getByRole('heading', { name: 'Erstat perioden?' }).waitFor();
  await again.getByRole('button', { name: 'Erstat perioden' }).click();
  await again.getByText('Indlæst: 3 aktivitetsrækker og 0 betalinger.').waitFor();
  await run.page.getByRole('cell', { name: 'Erstattet' }).first().waitFor();

  const sets = run.page.getByRole('region', { name: 'Sammenligningsgrupper' });
  await sets.getByRole('button', { name: 'Ret Vestegnen' }).click();
  const form = sets.getByRole('form', { name: 'Ret Vestegnen' });
  await form.getByRole('checkbox', { name: 'Rødovre Kommune' }).uncheck();
  await form.getByRole('button', { name: 'Gem' }).click();
  await sets.getByText('Sammenligningsgruppen Vestegnen er gemt.').waitFor();
  await sets.getByText(/Vestegnen \(6 kommuner\)/).waitFor();

  // Theme F: the 2018 share of 65–79-year-olds' admissions is missing until the staff unit enters it.
  const byAge = run.page.getByRole('table', { name: 'Flad mod aldersdifferentieret model, aldersgruppe, 2026' });
  await byAge.getByRole('row', { name: /^65–79 år 12 122\.400 kr\. ikke beregnet/ }).waitFor();
  const rates = run.page.getByRole('region', { name: 'Satser til tema F' });
  await rates.getByRole('button', { name: 'Ret Somatik, Indlæggelse, 65–79 år' }).click();
  const rate = rates.getByRole('form', { name: 'Ret Somatik, Indlæggelse, 65–79 år' });
  await rate.getByLabel('Andel (%)').fill('56');
  await rate.getByLabel('Status for andel').selectOption('approximate');
  await rate.getByLabel('Loft (kr.)').fill('31.029');
  await rate.getByLabel('Status for loft').selectOption('approximate');
  await rate.getByLabel('Kilde').fill('Bekendtgørelsens bilag 1 (testværdi)');
  await rate.getByRole('button', { name: 'Gem' }).click();
  await rates.getByText('Satsen for Somatik, Indlæggelse, 65–79 år er gemt.').waitFor();
  // 12 × min(56 % × 30.000, 31.029) = 201.600 kr. against the flat 122.400 kr.
  await byAge.getByRole('row', { name: /^65–79 år 12 122\.400 kr\. 201\.600 kr\. 79\.200 kr\./ }).waitFor();
  expect(await axeViolations(run.page)).toEqual([]);
});

test('the director sees the co-financing card on the overview and follows it to the page', async () => {
  await run.page.getByRole('button', { name: 'Log ud', exact: true }).click();
  await run.page.getByRole('heading', { name: 'Log ind', level: 1 }).waitFor();
  await signIn('Log ind som Direktør');
  const card = run.page.getByRole('region', { name: 'Kommunal medfinansiering' });
  await card.getByText(/2026: 130\.000 kr\./).waitFor();
  expect(await axeViolations(run.page)).toEqual([]);
  await card.getByRole('link', { name: 'Se medfinansieringen' }).click();
  await run.page.getByRole('heading', { name: 'Kommunal medfinansiering', level: 1 }).waitFor();
  await run.page.getByRole('heading', { name: 'Ordningerne gennem reformen', level: 2 }).waitFor();
  await run.page.getByRole('note').getByText('Syntetiske demodata:').waitFor();
  // The demo years have every comparison level: 2024 against Kommunesocialgruppe 4 is a figure.
  const years = run.page.getByRole('table', {
    name: 'Medfinansiering pr. år og pr. indbygger mod sammenligningsniveauerne',
  });
  expect(await years.getByRole('row', { name: /^2024 / }).textContent()).not.toContain('ikke beregnet');
  // Theme F on the stored 2026 activity: the 2018 shares per age group are missing, so those cells say so.
  await run.page.getByRole('heading', { name: 'Tema F: hvad betyder 2018-modellen for 2026?', level: 2 }).waitFor();
  const total = run.page.getByRole('table', { name: 'Flad mod aldersdifferentieret model, i alt, 2026' });
  await total.getByRole('row', { name: /^I alt 212 .*ikke beregnet/ }).waitFor();
  // Why, in words; the director is told who fills it in (the editor is the staff unit's).
  const why = run.page.getByRole('note', { name: 'Hvorfor står der "ikke beregnet"?' });
  await why
    .getByText(/er ikke kendt for/)
    .first()
    .waitFor();
  expect(await why.getByRole('link', { name: 'Gå til satserne' }).count()).toBe(0);
  // The diagnosis group by name with the national level beside it, and the months per inhabitant.
  const diagnoses = run.page.getByRole('table', {
    name: 'Diagnosegruppe i 2026: kommunen pr. indbygger mod sammenligningsniveauerne',
  });
  await diagnoses.getByRole('columnheader', { name: 'Landsplan' }).waitFor();
  await diagnoses.getByRole('row', { name: /^Lungebetændelse \(DJ18\) / }).waitFor();
  await run.page.getByRole('radio', { name: 'Pr. indbygger' }).click();
  await run.page
    .getByRole('table', {
      name: /^Medfinansiering pr\. måned pr\. indbygger: hver måned divideret med årets befolkning/,
    })
    .getByRole('row', { name: '1.2026 5,00 kr. 12' })
    .waitFor();
  expect(await run.page.getByRole('heading', { name: 'Indlæs aktivitet' }).count()).toBe(0);
  expect(await run.page.getByRole('heading', { name: 'Sammenligningsgrupper' }).count()).toBe(0);
  expect(await axeViolations(run.page)).toEqual([]);
});
