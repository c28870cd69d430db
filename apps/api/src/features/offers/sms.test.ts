// "Send som sms" (issue 12 item 3, ADR 043): through a real HTTP server on loopback standing in for the
// municipality's SMS provider (SUNDHED_SMS_URL + token), or into the sender's own outbox without one; the
// number is never stored or logged, the text is short with the public link, in the chosen language.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { demoEmail, startTestServer, type TestServer } from '../../../test/testServer';

let server: TestServer;
let worker: string;
let offerId: string;
const ENV = ['SUNDHED_PUBLIC_URL', 'SUNDHED_SMS_URL', 'SUNDHED_SMS_TOKEN', 'SUNDHED_SMS_FROM'] as const;
const saved = Object.fromEntries(ENV.map((k) => [k, process.env[k]]));

/** A provider on loopback: answers `status` and keeps what it was sent. */
async function startGateway(status = 202) {
  const received: { headers: IncomingMessage['headers']; body: { to: string; from: string; text: string } }[] = [];
  const http: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk: Buffer) => (raw += chunk.toString('utf8')));
    req.on('end', () => {
      received.push({ headers: req.headers, body: JSON.parse(raw) as { to: string; from: string; text: string } });
      // A provider's error may echo the number: it must not reach the worker or a log.
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ echo: raw }));
    });
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sms`,
    received,
    close: () => new Promise<void>((resolve) => http.close(() => resolve())),
  };
}

beforeAll(async () => {
  server = await startTestServer({ responseCache: false });
  worker = await server.signIn(demoEmail('frontmedarbejder'));
  offerId = (await server.db.offer.findFirstOrThrow({ where: { name: 'Rygestopkursus' } })).id;
  process.env.SUNDHED_PUBLIC_URL = 'https://sundhed.example.dk';
});
afterEach(() => {
  for (const k of ENV.filter((k) => k !== 'SUNDHED_PUBLIC_URL')) delete process.env[k];
});
afterAll(async () => {
  for (const k of ENV)
    if (saved[k] === undefined) delete process.env[k];
    else process.env[k] = saved[k];
  await server.close();
});

const SEND = `mutation($id: ID!, $phone: String!, $language: String) {
  sendOfferBySms(offerId: $id, phone: $phone, language: $language) { sent via sendCount }
}`;
type Sent = { sendOfferBySms: { sent: boolean; via: string; sendCount: number } };

async function databaseContains(text: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: server.database.url });
  await client.connect();
  try {
    const tables = (
      await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'`)
    ).rows;
    for (const { t } of tables) {
      const hit = await client.query(`SELECT 1 FROM "${t}" x WHERE x::text LIKE $1 LIMIT 1`, [`%${text}%`]);
      if (hit.rowCount) return true;
    }
    return false;
  } finally {
    await client.end();
  }
}

test('through the configured gateway: a short Danish text with the public link, the token, the number in E.164', async () => {
  const gateway = await startGateway();
  process.env.SUNDHED_SMS_URL = gateway.url;
  process.env.SUNDHED_SMS_TOKEN = 'test-token-1';
  process.env.SUNDHED_SMS_FROM = 'Ishoj';
  try {
    const before = (await server.db.offer.findUniqueOrThrow({ where: { id: offerId } })).sendCount;
    const res = await server.gql<Sent>(SEND, { id: offerId, phone: '20 30 40 51' }, worker);
    expect(res.errors).toBeUndefined();
    expect(res.data!.sendOfferBySms).toEqual({ sent: true, via: 'sms', sendCount: before + 1 });
    expect(gateway.received).toHaveLength(1);
    const { headers, body } = gateway.received[0]!;
    expect(headers.authorization).toBe('Bearer test-token-1');
    expect(body).toEqual({
      to: '+4520304051',
      from: 'Ishoj',
      text: `Tilbud fra Ishøj Kommune: Rygestopkursus\nLæs mere om tilbuddet: https://sundhed.example.dk/offentligt/tilbud/${offerId}`,
    });
    expect(body.text.length).toBeLessThanOrEqual(160);
    expect(await databaseContains('20304051')).toBe(false);
  } finally {
    await gateway.close();
  }
});

test("in the chosen language: the language's words and the link to the page in it", async () => {
  const gateway = await startGateway();
  process.env.SUNDHED_SMS_URL = gateway.url;
  try {
    const res = await server.gql<Sent>(SEND, { id: offerId, phone: '+46 70 123 45 67', language: 'uk' }, worker);
    expect(res.errors).toBeUndefined();
    expect(gateway.received[0]!.body.to).toBe('+46701234567');
    expect(gateway.received[0]!.body.text).toBe(
      `Послуга від муніципалітету: Rygestopkursus\nДокладніше про послугу: https://sundhed.example.dk/offentligt/tilbud/${offerId}?sprog=uk`,
    );
  } finally {
    await gateway.close();
  }
});

test('a refusal by the gateway is said in Danish on the number field; a failure is UNAVAILABLE; neither logs the number', async () => {
  const errors: unknown[] = [];
  const spy = jest.spyOn(console, 'error').mockImplementation((...args) => void errors.push(args));
  for (const [status, code] of [
    [400, 'BAD_USER_INPUT'],
    [503, 'SERVICE_UNAVAILABLE'],
  ] as const) {
    const gateway = await startGateway(status);
    process.env.SUNDHED_SMS_URL = gateway.url;
    try {
      const res = await server.gql<Sent>(SEND, { id: offerId, phone: '61718293' }, worker);
      expect(res.errors?.[0]?.extensions?.code).toBe(code);
      expect(JSON.stringify(res)).not.toContain('61718293');
      if (status === 400) expect(res.errors?.[0]?.extensions?.fields?.[0]?.path).toBe('phone');
    } finally {
      await gateway.close();
    }
  }
  spy.mockRestore();
  expect(JSON.stringify(errors)).not.toContain('61718293');
  expect(await databaseContains('61718293')).toBe(false);
});

test("without a gateway the text goes to the sender's own outbox; a wrong number is refused in Danish", async () => {
  const res = await server.gql<Sent>(SEND, { id: offerId, phone: '0045 22 33 44 55' }, worker);
  expect(res.data!.sendOfferBySms.via).toBe('outbox');
  const outbox = await server.gql<{ outbox: { to: string; subject: string; body: string }[] }>(
    '{ outbox { to subject body } }',
    {},
    worker,
  );
  expect(outbox.data!.outbox[0]).toMatchObject({ to: '+4522334455', subject: 'Sms' });
  const colleague = await server.signIn(demoEmail('sundhedsstab'));
  const theirs = await server.gql<{ outbox: { to: string }[] }>('{ outbox { to } }', {}, colleague);
  expect(theirs.data!.outbox.map((m) => m.to)).not.toContain('+4522334455');

  const bad = await server.gql(SEND, { id: offerId, phone: '1234' }, worker);
  expect(bad.errors?.[0]?.extensions?.fields).toEqual([
    { path: 'phone', message: 'Mobilnummer skal være 8 cifre, eller + og landekode foran' },
  ]);
});

test('without a public address there is no link to send, and the worker is told so', async () => {
  process.env.SUNDHED_PUBLIC_URL = '';
  try {
    const res = await server.gql(SEND, { id: offerId, phone: '22334455' }, worker);
    // The set-up's fault, not the number's: about the offer, one full stop, no "not valid" in front.
    expect(res.errors?.[0]?.message).toBe(
      'Der er ikke sat en offentlig adresse op, så sms’en kan ikke sende et link. Kontakt Sundhedsstaben.',
    );
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'NO_PUBLIC_ADDRESS' });
    expect(res.errors?.[0]?.extensions?.fields).toEqual([
      { path: 'offerId', message: expect.stringMatching(/offentlig adresse/) },
    ]);
  } finally {
    process.env.SUNDHED_PUBLIC_URL = 'https://sundhed.example.dk';
  }
});

test('an offer that is not active is not sent, by e-mail or SMS: a typed error in Danish, nothing in the outbox', async () => {
  const before = await server.db.offer.findUniqueOrThrow({ where: { id: offerId } });
  const outboxSize = async () =>
    (await server.gql<{ outbox: unknown[] }>('{ outbox { id } }', {}, worker)).data!.outbox.length;
  const sizeBefore = await outboxSize();
  const MAIL = 'mutation($id: ID!) { sendOfferToCitizen(offerId: $id, email: "borger@example.com") { sent } }';
  try {
    for (const [status, text] of [
      ['TEMPORARILY_CLOSED', 'Tilbuddet er midlertidigt lukket og kan ikke sendes til borgeren.'],
      ['INACTIVE', 'Tilbuddet er ikke aktivt og kan ikke sendes til borgeren.'],
      ['ENDED', 'Tilbuddet er afsluttet og kan ikke sendes til borgeren.'],
    ] as const) {
      await server.db.offer.update({ where: { id: offerId }, data: { status } });
      for (const res of [
        await server.gql(SEND, { id: offerId, phone: '22334455' }, worker),
        await server.gql(MAIL, { id: offerId }, worker),
      ]) {
        expect(res.data).toBeNull();
        expect(res.errors?.[0]?.message).toBe(text);
        expect(res.errors?.[0]?.extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'OFFER_NOT_ACTIVE',
          fields: [{ path: 'offerId', message: text }],
        });
      }
    }
    expect(await outboxSize()).toBe(sizeBefore);
    const after = await server.db.offer.findUniqueOrThrow({ where: { id: offerId } });
    expect(after.sendCount).toBe(before.sendCount);
  } finally {
    await server.db.offer.update({ where: { id: offerId }, data: { status: before.status } });
  }
});
