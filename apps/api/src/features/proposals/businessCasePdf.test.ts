// A saved business case as a PDF for the committee (issue 14 item 5, ADR 051) through the real server: the
// text pdf.js extracts has the proposal, every assumption with unit and source, the results with payback in
// words, the net effect per year, who gains, the sensitivity, the sources and the date printed, in Danish
// formats; an earlier version prints its own assumptions and result; readers of the case's municipality
// only, and an unknown case or version answers 404 in Danish.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { BusinessCaseReport } from '@sundhed/calc';
import { formatKr } from '@sundhed/shared';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let staff: string;
let director: string;
let lead: string;
let secretariat: string;
let caseId: string;
let proposalTitle: string;

const CASE = `mutation($p: ID, $n: String!, $i: BusinessCaseAssumptionsInput!, $r: String!) {
  createSavedBusinessCase(proposalId: $p, name: $n, input: $i, reason: $r) { id version } }`;
const VERSION = `mutation($id: ID!, $v: Int!, $i: BusinessCaseAssumptionsInput!, $r: String!) {
  saveBusinessCaseVersion(id: $id, version: $v, input: $i, reason: $r) { id version } }`;
const PRICE = `mutation($i: PriceInput!) { createPrice(input: $i) { id } }`;

const assumptions = (priceId: string, successPercent: number) => ({
  template: 'prevention',
  horizonYears: 8,
  discountRatePercent: 3.5,
  participants: 40,
  cohorts: 2,
  grossSuccessRatePercent: successPercent,
  deadweightPercent: 10,
  monteCarloDraws: 200,
  costs: [{ label: 'Sundhedskoordinator', bearer: 'KOMMUNE', amountKr: 150000, source: 'Budgetnotat 2026' }],
  gains: [
    { label: 'Færre indlæggelser', bearer: 'REGION', priceId, quantity: 2 },
    { label: 'Færre sygedage', bearer: 'KOMMUNE', amountKr: 12000 },
  ],
  sources: [{ key: 'grossSuccessRatePercent', source: 'Sundhedsstyrelsen, evaluering 2024' }],
});

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  staff = await server.signIn(demoEmail('sundhedsstab'));
  director = await server.signIn(demoEmail('direktoer'));
  lead = await server.signIn(demoEmail('projektleder'));
  secretariat = await server.signIn(demoEmail('klyngesekretariat'));
  const price = await server.gql<{ createPrice: { id: string } }>(
    PRICE,
    {
      i: {
        name: 'Indlæggelse, gennemsnit',
        unit: 'pr. indlæggelse',
        bearer: 'REGION',
        amountKr: 30000,
        year: 2026,
        source: { title: 'SØM-prisdatabasen', section: 'Somatisk indlæggelse' },
      },
    },
    staff,
  );
  expect(price.errors).toBeUndefined();
  const priceId = price.data!.createPrice.id;
  const proposal = await server.db.proposal.findFirstOrThrow({ orderBy: { title: 'asc' } });
  proposalTitle = proposal.title;
  const created = await server.gql<{ createSavedBusinessCase: { id: string; version: number } }>(
    CASE,
    { p: proposal.id, n: 'Til udvalget', i: assumptions(priceId, 25), r: 'Første udkast' },
    staff,
  );
  expect(created.errors).toBeUndefined();
  caseId = created.data!.createSavedBusinessCase.id;
  const saved = await server.gql(
    VERSION,
    { id: caseId, v: created.data!.createSavedBusinessCase.version, i: assumptions(priceId, 40), r: 'Ny evaluering' },
    staff,
  );
  expect(saved.errors).toBeUndefined();
});
afterAll(async () => {
  await server.close();
});

const download = (path: string, cookie?: string) =>
  fetch(`${server.url}/api/business-cases/${path}`, { headers: cookie ? { cookie } : {} });

/** The PDF's text through pdf.js (test/pdfText.mjs, a child process: see there), whitespace folded. */
function pdfText(pdf: Buffer): { text: string; pages: number; info: Record<string, unknown> } {
  const script = join(__dirname, '../../../test/pdfText.mjs');
  const out = JSON.parse(execFileSync(process.execPath, [script], { input: pdf, encoding: 'utf8' })) as {
    text: string;
    pages: number;
    info: Record<string, unknown>;
  };
  return { ...out, text: out.text.replace(/\s+/g, ' ') };
}

test('the latest version as a tagged A4 PDF with assumptions, results, who gains, sensitivity and sources', async () => {
  const res = await download(`${caseId}.pdf`, director);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="business-case.pdf"');
  const bytes = Buffer.from(await res.arrayBuffer());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const raw = bytes.toString('latin1');
  expect(raw).toMatch(/\/Lang \(da-DK\)/);
  expect(raw).toMatch(/\/StructTreeRoot/);
  const { text, pages, info } = pdfText(bytes);
  expect(info).toMatchObject({ Title: 'Business case: Til udvalget' });
  expect(text).toContain('Business case: Til udvalget');
  expect(text).toContain(proposalTitle);
  expect(text).toMatch(/Version 2, gemt \d{1,2}\.\d{1,2}\.\d{4} kl\. \d\d[.:]\d\d af [^:]+: Ny evaluering/);
  expect(text).toMatch(/Udskrevet \d{1,2}\.\d{1,2}\.\d{4}/);
  // Assumptions with value, unit and source.
  expect(text).toContain('Succesraten 40 % Sundhedsstyrelsen, evaluering 2024');
  expect(text).toContain('Tidshorisont 8 år');
  expect(text).toContain('Udgift: Sundhedskoordinator (kommune) 150.000 kr. Budgetnotat 2026');
  expect(text).toContain('Gevinst: Færre indlæggelser (region) 2 × Indlæggelse, gennemsnit (priskataloget) kr.');
  // Results from the stored result, in Danish formats.
  const stored = await server.db.savedBusinessCase.findUniqueOrThrow({ where: { id: caseId } });
  const r = stored.result as unknown as BusinessCaseReport;
  expect(text).toContain(`Nettonutidsværdi ${formatKr(r.npv)}`);
  expect(text).toMatch(/Tjener sig (hjem i år \d+|ikke hjem inden for 8 år)/);
  const year3 = r.years[3]!;
  expect(text).toContain(`3 ${formatKr(year3.gains)} ${formatKr(year3.costs)} ${formatKr(year3.net)}`);
  expect(text).toContain('Hvem får gevinsten');
  expect(text).toContain(`Region ${formatKr(r.byBearer.region!.pvGains)}`);
  expect(text).toContain(`Kommune ${formatKr(r.byBearer.kommune!.pvGains)}`);
  expect(text).toContain('Følsomhed');
  expect(text).toContain('Brutto-succesrate');
  expect(text).toMatch(/Monte Carlo med 200 træk: nettonutidsværdien er positiv i [\d,]+ % af trækkene/);
  // Sources: the assumptions', the lines' and the catalogue price's.
  expect(text).toContain('Pris "Indlæggelse, gennemsnit": SØM-prisdatabasen, Somatisk indlæggelse');
  expect(text).toMatch(new RegExp(`Side 1 af ${pages}`));
});

test('an earlier version prints its own assumptions and result; an unknown version is 404 in Danish', async () => {
  const res = await download(`${caseId}.pdf?version=1`, lead);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toBe('attachment; filename="business-case-version-1.pdf"');
  const { text } = pdfText(Buffer.from(await res.arrayBuffer()));
  expect(text).toMatch(/Version 1, gemt .*: Første udkast/);
  expect(text).toContain('Succesraten 25 %');
  const v1 = await server.db.businessCaseVersion.findFirstOrThrow({ where: { businessCaseId: caseId, number: 1 } });
  expect(text).toContain(`Nettonutidsværdi ${formatKr((v1.result as unknown as BusinessCaseReport).npv)}`);
  for (const version of ['9', 'x']) {
    const missing = await download(`${caseId}.pdf?version=${version}`, staff);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'Versionen findes ikke' });
  }
});

test('the seeded first version, saved by no user, says it came from the documents, as the web and Excel do', async () => {
  const seeded = await server.db.businessCaseVersion.findFirstOrThrow({ where: { userId: null, number: 1 } });
  const res = await download(`${seeded.businessCaseId}.pdf?version=1`, director);
  expect(res.status).toBe(200);
  const { text } = pdfText(Buffer.from(await res.arrayBuffer()));
  expect(text).toContain(`(indlæst fra kommunens dokumenter): ${seeded.reason}`);
  expect(text).not.toMatch(/gemt [^:]* af /);
});

test("readers of the case's municipality only; an unknown case is 404 in Danish", async () => {
  expect((await download(`${caseId}.pdf`)).status).toBe(401);
  const refused = await download(`${caseId}.pdf`, secretariat);
  expect(refused.status).toBe(403);
  expect(await refused.json()).toEqual({ error: 'Du har ikke adgang til dette.' });
  const unknown = await download('no-such-case.pdf', staff);
  expect(unknown.status).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'Det findes ikke (længere).' });
  // Another municipality's case is not found for this municipality's staff unit.
  const user = await server.db.staffUser.findUniqueOrThrow({ where: { email: demoEmail('sundhedsstab') } });
  const elsewhere = await server.db.municipality.findFirstOrThrow({
    where: { id: { not: user.municipalityId! }, kind: 'MUNICIPALITY' },
  });
  const foreign = await server.db.savedBusinessCase.create({
    data: { municipalityId: elsewhere.id, name: 'Anden kommunes sag', template: 'prevention' },
  });
  const other = await download(`${foreign.id}.pdf`, staff);
  expect(other.status).toBe(404);
  expect(await other.json()).toEqual({ error: 'Det findes ikke (længere).' });
});
