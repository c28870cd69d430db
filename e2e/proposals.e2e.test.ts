// The staff unit's proposal journey (issue 14): draft a proposal on /forslag, edit it (a project picked by a
// server search), attach a business case from
// a template (150 % is refused in Danish), the forum qualifies it, a price of the catalogue changes and the
// case shows the new result with the old one beside it. Then (ADR 047) the staff unit records a meeting of
// "Sammen om sundhed" whose agenda item treats the proposal, decides it, and the next stage points at that
// item. The case downloads as a PDF and its page prints without controls (ADR 051). axe-core scans the list,
// the proposal page, the price catalogue and the meeting screens.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(240_000);

let app: RunningApp;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 1024 }, locale: 'da-DK' })).newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const TITLE = 'Sund mad i fælleshuset';
const CASE = 'Fællesmadlavning, første udkast';
const PROPOSAL_PAGE = /\/forslag\/[0-9a-f-]{36}$/;
let proposalUrl = '';
const formOf = (heading: string) => page.locator('form', { has: page.getByRole('heading', { name: heading }) });

test('the staff unit drafts a proposal, attaches a business case, the forum qualifies it and a price change moves the case', async () => {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: /Log ind som sundhedskonsulent/i }).click();
  await page.getByRole('heading', { name: 'Overblik', level: 1 }).waitFor();

  await page.getByRole('navigation').getByRole('link', { name: 'Forslag', exact: true }).click();
  await page.getByRole('heading', { name: 'Forslag fra idé til beslutning', level: 1 }).waitFor();
  await page.getByRole('link', { name: 'Sundhed i de 6 hjemløseboliger' }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // Draft the proposal.
  await page.getByLabel('Titel', { exact: true }).fill(TITLE);
  await page.getByLabel(/^Behov/).fill('Beboerne mangler sund og alsidig ernæring');
  await page.getByRole('button', { name: 'Opret forslag' }).click();
  await page.waitForURL(PROPOSAL_PAGE);
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor();

  // Edit it: the target group, and a project it builds on found by a server search in the picker.
  await page.getByRole('button', { name: 'Ret forslaget' }).click();
  const edit = page.getByRole('form', { name: 'Ret forslaget' });
  await edit.getByLabel(/^Målgruppe/).fill('Beboere i de seks hjemløseboliger');
  await edit.getByRole('searchbox', { name: 'Søg i bygger på projekter' }).fill('CoolKids');
  await edit
    .getByRole('button', { name: /^Tilføj CoolKids/ })
    .first()
    .click();
  expect(await axeViolations(page)).toEqual([]);
  await edit.getByRole('button', { name: 'Gem ændringer' }).click();
  await page.getByRole('button', { name: 'Ret forslaget' }).waitFor();
  await page.getByText('Beboere i de seks hjemløseboliger').waitFor();
  const [linked] = await app.sql(
    `SELECT count(*)::int AS "n" FROM "ProposalProject" pp JOIN "Proposal" p ON p."id" = pp."proposalId" WHERE p."title" = $1`,
    [TITLE],
  );
  expect(linked).toEqual({ n: 1 });

  // A business case from the prevention template: 150 % is refused in Danish, naming the field and unit.
  await page.getByText('Ny business case fra skabelon').click();
  await page.locator('#new-case-name').fill(CASE);
  await page.locator('#new-case-participants').fill('12');
  await page.locator('#new-case-grossSuccessRatePercent').fill('150');
  await page.locator('#new-case-costs-0-label').fill('Sundhedskoordinator');
  await page.locator('#new-case-costs-0-amountKr').fill('150000');
  await page.locator('#new-case-gains-0-label').fill('Færre indlæggelser');
  const [price] = await app.sql(`SELECT "id" FROM "Price" WHERE "name" = 'En hospitalsindlæggelse'`);
  await page.locator('#new-case-gains-0-priceId').selectOption({ value: String(price!.id) });
  await page.locator('#new-case-gains-0-quantity').fill('1');
  await page.locator('#new-case-reason').fill('Første udkast');
  await page.getByRole('button', { name: 'Gem business case' }).click();
  await page.getByRole('alert').getByText('Succesraten må højst være 100 %').waitFor();
  expect(await page.getByRole('alert').textContent()).not.toContain('$.');
  await page.locator('#new-case-grossSuccessRatePercent').fill('30');
  await page.getByRole('button', { name: 'Gem business case' }).click();
  await page.getByRole('heading', { name: new RegExp(CASE), level: 3 }).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  // The forum qualifies it.
  const [forum] = await app.sql(`SELECT "id" FROM "Body" WHERE "kind" = 'HEALTH_FORUM' LIMIT 1`);
  await page.getByLabel('Nyt stadie').selectOption('QUALIFIED');
  await page.getByLabel(/^Dato/).fill('3.12.2026');
  if (forum) await page.getByLabel(/^Organ/).selectOption({ value: String(forum.id) });
  await page.getByLabel(/^Beslutningstekst/).fill('Kvalificeret; regnes videre med priser fra kataloget');
  await page.getByRole('button', { name: 'Gem stadie' }).click();
  await page
    .locator('.timeline')
    .getByText(/Kvalificeret i Sundhedsforum/)
    .waitFor();
  const [stored] = await app.sql(`SELECT "stage"::text AS "stage" FROM "Proposal" WHERE "title" = $1`, [TITLE]);
  expect(stored).toEqual({ stage: 'QUALIFIED' });
  proposalUrl = page.url();

  // A price changes: the catalogue shows which cases moved, and the case shows old beside new.
  await page.getByRole('navigation').getByRole('link', { name: 'Priskatalog', exact: true }).click();
  await page.getByRole('heading', { name: 'Priskatalog', level: 1 }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Ret En hospitalsindlæggelse' }).click();
  await page.getByLabel(/^Beløb/).fill('30000');
  await page.getByLabel(/^Kilde/).fill('Testkilde for e2e');
  await page.getByRole('button', { name: 'Gem pris' }).click();
  const moved = page.getByRole('table', { name: 'Genberegnede business cases' });
  await moved.getByRole('rowheader', { name: CASE }).waitFor();

  await page.goto(proposalUrl);
  const rerun = page.getByRole('table', { name: 'Genberegnet: Prisen "En hospitalsindlæggelse" er ændret' });
  await rerun.waitFor();
  const cells = await rerun.locator('tbody td').allTextContents();
  expect(cells).toHaveLength(3);
  expect(cells[0]).not.toEqual(cells[1]);
  expect(await axeViolations(page)).toEqual([]);
});

test('the case downloads as a PDF for the committee, and its page prints without controls', async () => {
  await page.goto(proposalUrl);
  const article = page.locator('article.saved-case', { has: page.getByRole('heading', { name: new RegExp(CASE) }) });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    article.getByRole('link', { name: 'Hent som PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('business-case.pdf');
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page.emulateMedia({ media: 'print' });
  try {
    await article.waitFor();
    // Buttons, fields, disclosures and button-links are all hidden in print; the case's figures stay.
    const controls = await page
      .locator('#indhold')
      .locator('button, input, select, textarea, summary, a.button')
      .evaluateAll((elements) => elements.filter((e) => e.checkVisibility()).map((e) => e.outerHTML.slice(0, 120)));
    expect(controls).toEqual([]);
    expect(await article.getByRole('heading', { name: new RegExp(CASE) }).isVisible()).toBe(true);
  } finally {
    // Back to the default (null, not 'screen': page.pdf() would then render the screen styles).
    await page.emulateMedia({ media: null });
  }
});

test('the staff unit records a "Sammen om sundhed" meeting that treats the proposal, and the next stage points at it', async () => {
  await page.goto(`${app.url}/forslag/moeder`);
  await page.getByRole('heading', { name: 'Møder i Sundhedsforum og "Sammen om sundhed"', level: 1 }).waitFor();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Nyt møde i Sammen om sundhed' }).click();
  const meeting = formOf('Nyt møde');
  await meeting
    .getByLabel(/^Titel/)
    .first()
    .fill('Sammen om sundhed, december');
  await meeting.getByLabel(/^Dato/).first().fill('10.12.2026');
  await meeting.getByRole('button', { name: 'Gem' }).click();
  await page.getByRole('heading', { name: 'Sammen om sundhed, december', level: 1 }).waitFor();

  await page.getByRole('button', { name: 'Tilføj punkt' }).click();
  const item = formOf('Tilføj punkt');
  await item
    .getByLabel(/^Titel/)
    .first()
    .fill('Drøftelse af forslaget');
  const choice = item.getByLabel(/^Forslag/);
  await choice.selectOption(await choice.locator('option', { hasText: TITLE }).getAttribute('value'));
  await item.getByRole('button', { name: 'Gem' }).click();
  const agendaItem = page.locator('li.agenda__item', { hasText: 'Drøftelse af forslaget' });
  await agendaItem.getByRole('link', { name: TITLE }).waitFor();
  await page.getByRole('button', { name: 'Offentliggør dagsorden' }).click();
  await page.getByText(/^Dagsorden offentliggjort/).waitFor();
  await agendaItem.getByRole('button', { name: /^Registrer beslutning/ }).click();
  const decision = formOf('Beslutning på punkt 1');
  await decision.getByRole('radio', { name: 'Godkendt som indstillet' }).check();
  await decision.getByLabel(/^Beslutningstekst/).fill('Drøftet; sendes til politisk behandling');
  await decision.getByRole('button', { name: 'Gem' }).click();
  await agendaItem.getByText(/^Godkendt som indstillet/).waitFor();
  expect(await axeViolations(page)).toEqual([]);

  await page.goto(proposalUrl);
  await page.getByRole('heading', { name: 'Behandlet på møder', level: 2 }).waitFor();
  await page.getByRole('link', { name: /Sammen om sundhed, 10\.12\.2026, punkt 1/ }).waitFor();
  await page.getByLabel('Nyt stadie').selectOption('DISCUSSED');
  await page.getByLabel(/^Dato/).fill('10.12.2026');
  const items = page.getByLabel(/^Punkt på mødet/);
  await items.selectOption(await items.locator('option', { hasText: 'Drøftelse af forslaget' }).getAttribute('value'));
  await page.getByLabel(/^Beslutningstekst/).fill('Drøftet i "Sammen om sundhed"');
  await page.getByRole('button', { name: 'Gem stadie' }).click();
  await page.locator('.timeline').getByRole('link', { name: 'Punkt 1: Drøftelse af forslaget' }).waitFor();
  const [change] = await app.sql(
    `SELECT s."agendaItemId" IS NOT NULL AS "pointsAtItem", b."name" AS "body" FROM "ProposalStageChange" s
       JOIN "Proposal" p ON p."id" = s."proposalId" LEFT JOIN "Body" b ON b."id" = s."bodyId"
      WHERE p."title" = $1 AND s."toStage" = 'DISCUSSED'`,
    [TITLE],
  );
  expect(change).toEqual({ pointsAtItem: true, body: 'Sammen om sundhed' });
  expect(await axeViolations(page)).toEqual([]);
});
