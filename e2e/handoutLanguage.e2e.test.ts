// The hand-out in the citizen's language (issue 12 item 4, ADR 043) in headless Chromium against the built
// app: the staff unit translates an offer's summary into Arabic, the worker prints the sheet in Arabic and
// the citizen opens the public page in Arabic: right to left, the page's language Arabic, the parts left
// in Danish marked as Danish and said so, a QR code to the Arabic page, one A4 page, and axe-clean.
import type { Browser, Page } from 'playwright-core';
import { startApp, type RunningApp } from './app';
import { axeViolations, launchBrowser } from './browser';

jest.setTimeout(120_000);

let app: RunningApp;
let browser: Browser;
let page: Page;
let offerId = '';
const ARABIC_SUMMARY = 'دورة جماعية مجانية للإقلاع عن التدخين.';

beforeAll(async () => {
  [app, browser] = await Promise.all([startApp(), launchBrowser()]);
  const context = await browser.newContext({ viewport: { width: 768, height: 1024 }, locale: 'da-DK' });
  page = await context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** The document's language and direction, as the browser has them. */
const documentLanguage = (p: Page) =>
  p.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

test('the staff unit adds the Arabic summary of an offer', async () => {
  await page.goto(`${app.url}/log-ind`);
  await page.getByRole('button', { name: 'Log ind som sundhedskonsulent' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/log-ind'));
  await page.goto(`${app.url}/tilbud?q=rygestop`);
  await page.getByRole('link', { name: 'Rygestopkursus' }).first().click();
  await page.getByRole('heading', { name: 'Rygestopkursus', level: 1 }).waitFor();
  offerId = new URL(page.url()).pathname.split('/')[2]!;
  await page.getByRole('button', { name: 'Oversæt til arabisk' }).click();
  const field = page.getByLabel('Kort beskrivelse', { exact: true }).last();
  expect(await field.getAttribute('dir')).toBe('rtl');
  await field.fill(ARABIC_SUMMARY);
  await page.getByRole('button', { name: 'Gem', exact: true }).click();
  await page.getByText('Oversættelsen er gemt.').waitFor();
  await page.getByText('Arabisk (العربية): 1 af 4 dele oversat').waitFor();
  expect(await axeViolations(page)).toEqual([]);
});

test('the worker prints the sheet in Arabic: right to left, Danish parts marked, QR code to the Arabic page', async () => {
  await page.getByLabel('Sprog til borgeren').selectOption('ar');
  await page.getByRole('link', { name: 'Udskriv til borgeren' }).click();
  await page.getByRole('heading', { name: 'كم التكلفة؟' }).waitFor();
  // Only the sheet is the citizen's: the staff app's header, navigation and toolbar stay Danish, left to right.
  expect(await documentLanguage(page)).toEqual({ lang: 'da', dir: '' });
  expect(
    await page.getByRole('button', { name: 'Udskriv', exact: true }).evaluate((el) => getComputedStyle(el).direction),
  ).toBe('ltr');
  const sheet = page.locator('article.print-sheet');
  expect(await sheet.getAttribute('dir')).toBe('rtl');
  expect(await sheet.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
  await page.getByText(ARABIC_SUMMARY).waitFor();
  // The name is not translated: shown in Danish, marked as Danish, and the sheet says some parts are Danish.
  expect(await page.getByRole('heading', { level: 1 }).locator('span[lang="da"]').innerText()).toBe('Rygestopkursus');
  await page.getByText('بعض الأجزاء باللغة الدنماركية فقط.').waitFor();
  // The printed footer is Arabic too (the date as in Danish), not the Danish "Udskrevet …".
  expect(await sheet.locator('.print-sheet__footer').innerText()).toMatch(/^طُبع في \d{1,2}\.\d{1,2}\.\d{4} /);
  expect(await sheet.locator('.print-sheet__footer').getAttribute('lang')).toBeNull();
  await page.getByRole('img', { name: new RegExp(`QR-kode til .*/offentligt/tilbud/${offerId}\\?sprog=ar`) }).waitFor();
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', 'عرض'))).toBe(true);
  expect(await axeViolations(page)).toEqual([]);
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  expect([...pdf.toString('latin1').matchAll(/\/Type\s*\/Page(?!s)/g)]).toHaveLength(1);
});

test('the citizen opens the public page in Arabic without signing in; an untranslated language says so', async () => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'ar' });
  const visitor = await context.newPage();
  await visitor.goto(`${app.url}/offentligt/tilbud/${offerId}?sprog=ar`);
  await visitor.getByText(ARABIC_SUMMARY).waitFor();
  expect(await documentLanguage(visitor)).toEqual({ lang: 'ar', dir: 'rtl' });
  expect(await visitor.locator('main').getAttribute('dir')).toBe('rtl');
  await visitor.getByRole('heading', { name: 'عن العرض' }).waitFor();
  // The facts' labels and the format words are Arabic, not "Form: hold".
  const facts = visitor.locator('dl.offer-facts');
  for (const label of ['طريقة المشاركة', 'آخر تعديل'])
    expect(await facts.locator('dt', { hasText: label }).count()).toBe(1);
  expect(await facts.locator('dt', { hasText: /^(Alder|Sprog|Form|Senest ændret)$/ }).count()).toBe(0);
  expect(await facts.locator('dt:text-is("طريقة المشاركة") + dd').innerText()).toContain('ضمن مجموعة');
  expect(await axeViolations(visitor)).toEqual([]);

  // Somali has only the short strings: the labels it lacks are Danish, marked as Danish, and the page says so.
  await visitor.goto(`${app.url}/offentligt/tilbud/${offerId}?sprog=so`);
  await visitor.getByText('Adeeggan weli lama turjumin. Waxaa lagu muujiyey af-Deenish.').waitFor();
  expect(await facts.locator('dt:text-is("Senest ændret")').getAttribute('lang')).toBe('da');
  expect(await facts.locator('dt:text-is("Form")').getAttribute('lang')).toBe('da');
  expect(await axeViolations(visitor)).toEqual([]);

  // Urdu: no summary saved, so the page says (in Urdu) that it is shown in Danish.
  await visitor.goto(`${app.url}/offentligt/tilbud/${offerId}?sprog=ur`);
  await visitor.getByText('اس سہولت کا ابھی ترجمہ نہیں ہوا۔ یہ ڈینش زبان میں دکھائی گئی ہے۔').waitFor();
  expect(await documentLanguage(visitor)).toEqual({ lang: 'ur', dir: 'rtl' });
  expect(await axeViolations(visitor)).toEqual([]);

  // Danish again: no language, the page as before.
  await visitor.goto(`${app.url}/offentligt/tilbud/${offerId}`);
  await visitor.getByRole('heading', { name: 'Rygestopkursus', level: 1 }).waitFor();
  expect((await documentLanguage(visitor)).dir).not.toBe('rtl');
  await context.close();
});
