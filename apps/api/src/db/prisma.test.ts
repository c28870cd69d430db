// poolOf follows Prisma's connection: a client that was disconnected never hands out its ended pool
// (the session lookup would fail on every request), and after Prisma connects again it gives the new one.
import { loadSessionUser } from '../auth/session';
import { cloneTestDatabase, testPoolMax, type TestDatabase } from '../../test/testDatabase';
import { createPrisma, poolOf, type Db } from './prisma';

let database: TestDatabase;
let db: Db;
beforeAll(async () => {
  database = await cloneTestDatabase();
  db = createPrisma(database.url, { max: testPoolMax });
});
afterAll(async () => {
  await db.$disconnect();
  await database.drop();
});

test('after $disconnect no ended pool is handed out, and the next connection brings a new live pool', async () => {
  await db.$queryRaw`SELECT 1`;
  const first = poolOf(db);
  expect(first?.ended).toBe(false);

  await db.$disconnect();
  expect(first?.ended).toBe(true);
  expect(poolOf(db)).toBeUndefined();
  // The session lookup goes through Prisma, which connects again.
  await expect(loadSessionUser(db, 'no-such-session-token')).resolves.toBeNull();

  const second = poolOf(db);
  expect(second).toBeDefined();
  expect(second).not.toBe(first);
  expect((await second!.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
  await expect(loadSessionUser(db, 'another-unknown-token')).resolves.toBeNull();
});
