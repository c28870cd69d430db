import { adminQuery } from './testDatabase';

export default async function globalTeardown(): Promise<void> {
  const template = process.env.SUNDHED_TEST_TEMPLATE;
  if (template) await adminQuery(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
}
