import { now, setClock, today } from '../src/clock';

afterEach(() => setClock(null));

test('today() is the Copenhagen calendar day, on both sides of summer time', () => {
  expect(today(new Date('2026-01-14T23:30:00Z'))).toBe('2026-01-15'); // 00:30 CET
  expect(today(new Date('2026-01-14T22:30:00Z'))).toBe('2026-01-14'); // 23:30 CET
  expect(today(new Date('2026-07-14T22:30:00Z'))).toBe('2026-07-15'); // 00:30 CEST
  expect(today(new Date('2026-07-14T21:30:00Z'))).toBe('2026-07-14'); // 23:30 CEST
});

test('a fixed clock is what now() and today() answer until it is released', () => {
  setClock('2027-04-01T08:00:00Z');
  expect(now().toISOString()).toBe('2027-04-01T08:00:00.000Z');
  expect(today()).toBe('2027-04-01');
  setClock(null);
  expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
});

test('the clock cannot be set in production', () => {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    expect(() => setClock('2027-01-01T00:00:00Z')).toThrow(/production/);
  } finally {
    process.env.NODE_ENV = previous;
  }
});
