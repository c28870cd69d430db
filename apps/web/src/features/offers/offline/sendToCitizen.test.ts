import { newSendKey } from './sendToCitizen';

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** Runs `run` as a page outside a secure context, where the browser has no crypto.randomUUID. */
function withoutRandomUUID<T>(run: () => T): T {
  const holder = (Object.hasOwn(crypto, 'randomUUID') ? crypto : Object.getPrototypeOf(crypto)) as {
    randomUUID?: unknown;
  };
  const saved = Object.getOwnPropertyDescriptor(holder, 'randomUUID');
  delete holder.randomUUID;
  try {
    return run();
  } finally {
    if (saved) Object.defineProperty(holder, 'randomUUID', saved);
  }
}

describe('a send’s idempotency key (ADR 063)', () => {
  it('is a fresh UUID per send, also where crypto.randomUUID is missing (plain HTTP on an intranet name)', () => {
    const keys = [newSendKey(), newSendKey()];
    keys.push(
      ...withoutRandomUUID(() => {
        expect('randomUUID' in crypto).toBe(false);
        return [newSendKey(), newSendKey()];
      }),
    );
    expect('randomUUID' in crypto).toBe(true);
    for (const key of keys) expect(key).toMatch(UUID_V4);
    expect(new Set(keys).size).toBe(4);
  });
});
