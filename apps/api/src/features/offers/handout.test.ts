// The hand-out's links (issue 12): the QR code, the e-mail and the text message give the citizen the
// configured public address (SUNDHED_PUBLIC_URL), never the host the worker uses; without one, no link.
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let worker: string;
let offerId: string;
const saved = process.env.SUNDHED_PUBLIC_URL;

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  worker = await server.signIn(demoEmail('frontmedarbejder'));
  offerId = (await server.db.offer.findFirstOrThrow({ where: { status: 'ACTIVE' }, orderBy: { name: 'asc' } })).id;
});
afterAll(async () => {
  if (saved === undefined) delete process.env.SUNDHED_PUBLIC_URL;
  else process.env.SUNDHED_PUBLIC_URL = saved;
  await server.close();
});

const URL_QUERY = 'query($id: ID!) { offer(id: $id) { publicUrl } publicOffer(id: $id) { publicUrl } }';

async function sentBody() {
  const sent = await server.gql(
    'mutation($id: ID!) { sendOfferToCitizen(offerId: $id, email: "borger@example.com") { sent } }',
    { id: offerId },
    worker,
  );
  expect(sent.errors).toBeUndefined();
  const outbox = await server.gql<{ outbox: { body: string }[] }>('{ outbox { body } }', {}, worker);
  return outbox.data!.outbox[0]!.body;
}

test('links use the configured public address, whatever host the request came to', async () => {
  process.env.SUNDHED_PUBLIC_URL = 'https://sundhed.ishoj.dk/';
  const res = await server.gql<{ offer: { publicUrl: string }; publicOffer: { publicUrl: string } }>(
    URL_QUERY,
    { id: offerId },
    worker,
  );
  expect(res.errors).toBeUndefined();
  const expected = `https://sundhed.ishoj.dk/offentligt/tilbud/${offerId}`;
  expect(res.data!.offer.publicUrl).toBe(expected);
  expect(res.data!.publicOffer.publicUrl).toBe(expected);
  const body = await sentBody();
  expect(body).toContain(`Læs mere om tilbuddet: ${expected}`);
  expect(body).not.toContain('127.0.0.1');
});

test('no public address configured (or not http/https): no link at all', async () => {
  for (const value of ['', 'javascript:alert(1)']) {
    process.env.SUNDHED_PUBLIC_URL = value;
    const res = await server.gql<{ offer: { publicUrl: string | null } }>(URL_QUERY, { id: offerId }, worker);
    expect(res.data!.offer.publicUrl).toBeNull();
  }
  expect(await sentBody()).not.toContain('Læs mere om tilbuddet');
});

test('the e-mail ends the price in kroner with one full stop ("1.234.567 kr.", not "kr..")', async () => {
  const before = await server.db.offer.findUniqueOrThrow({ where: { id: offerId }, select: { costKr: true } });
  await server.db.offer.update({ where: { id: offerId }, data: { costKr: 1234567 } });
  try {
    const body = await sentBody();
    expect(body).toMatch(/^Pris: 1\.234\.567 kr\.\r?$/m);
    expect(body).not.toMatch(/kr\.\./);
  } finally {
    await server.db.offer.update({ where: { id: offerId }, data: { costKr: before.costKr } });
  }
});
