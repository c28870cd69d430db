import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import {
  emptyQueue,
  pendingSends,
  sendFailure,
  sendQueueReducer as reduce,
  shouldSend,
  type SendQueueAction,
  type SendQueueState,
} from './sendQueue';

const send = (to: string) => ({
  offerId: 'o-ryg',
  offerName: 'Rygestopkursus',
  channel: 'email' as const,
  to,
  language: null,
  sendKey: `key-${to}`,
});
const run = (actions: SendQueueAction[], from: SendQueueState = emptyQueue) => actions.reduce(reduce, from);
const queued = run([
  { type: 'add', owner: 'u1', send: send('a@example.dk') },
  { type: 'add', owner: 'u1', send: send('b@example.dk') },
]);

describe('the offline send queue (ADR 053)', () => {
  it('keeps sends in order, each with its own key, and sends only with a network and nothing to wait for', () => {
    expect(queued.items.map((item) => [item.key, item.to])).toEqual([
      [1, 'a@example.dk'],
      [2, 'b@example.dk'],
    ]);
    expect(queued.owner).toBe('u1');
    expect(shouldSend(queued, true)).toBe(true);
    expect(shouldSend(queued, false)).toBe(false);
    expect(shouldSend(run([{ type: 'start' }], queued), true)).toBe(false);
    expect(shouldSend(run([{ type: 'stall' }], queued), true)).toBe(false);
    expect(shouldSend(run([{ type: 'signInNeeded' }], queued), true)).toBe(false);
    expect(shouldSend(emptyQueue, true)).toBe(false);
  });

  it('drops a send once it went and counts it; the queue empties', () => {
    const after = run(
      [{ type: 'start' }, { type: 'went', key: 1 }, { type: 'went', key: 2 }, { type: 'done' }],
      queued,
    );
    expect(after.items).toEqual([]);
    expect(after.sent).toBe(2);
    expect(after.sending).toBe(false);
    expect(shouldSend(after, true)).toBe(false);
    expect(run([{ type: 'dismiss' }], after).sent).toBe(0);
  });

  it('keeps a refused send with the reason, does not try it again, and lets the worker remove it', () => {
    const refused = run(
      [{ type: 'refused', key: 1, problem: 'Skriv en gyldig e-mailadresse.' }, { type: 'done' }],
      queued,
    );
    expect(refused.items[0]?.problem).toBe('Skriv en gyldig e-mailadresse.');
    expect(pendingSends(refused).map((item) => item.key)).toEqual([2]);
    expect(run([{ type: 'remove', key: 1 }], refused).items.map((item) => item.key)).toEqual([2]);
  });

  it('"Ryd kø" forgets every address at once, and keys are not reused', () => {
    const cleared = run([{ type: 'clear' }], queued);
    expect(cleared.items).toEqual([]);
    expect(cleared.owner).toBeNull();
    expect(run([{ type: 'add', owner: 'u1', send: send('c@example.dk') }], cleared).items[0]?.key).toBe(3);
  });

  it("empties another account's queue when a different account adds to it", () => {
    const other = run([{ type: 'add', owner: 'u2', send: send('c@example.dk') }], queued);
    expect(other.owner).toBe('u2');
    expect(other.items.map((item) => item.to)).toEqual(['c@example.dk']);
  });

  it('waits after no answer or an ended session, and tries again when resumed', () => {
    const stalled = run([{ type: 'start' }, { type: 'stall' }], queued);
    expect(stalled.stalled).toBe(true);
    expect(shouldSend(run([{ type: 'resume' }], stalled), true)).toBe(true);
    const signedOut = run([{ type: 'start' }, { type: 'signInNeeded' }], queued);
    expect(signedOut.waitingForSignIn).toBe(true);
    expect(signedOut.items).toHaveLength(2); // the queue goes once the worker has signed in again
    expect(shouldSend(run([{ type: 'resume' }], signedOut), true)).toBe(true);
  });

  it('tells an ended session, a refusal (in the server words) and no answer apart', () => {
    const graphQLError = (code: string, message: string) =>
      new CombinedGraphQLErrors({ data: null, errors: [{ message, extensions: { code } }] });
    expect(sendFailure(graphQLError('UNAUTHENTICATED', 'Du er ikke logget ind.'))).toEqual({ kind: 'signIn' });
    expect(sendFailure(graphQLError('BAD_USER_INPUT', 'Skriv en gyldig e-mailadresse.'))).toEqual({
      kind: 'refused',
      problem: 'Skriv en gyldig e-mailadresse.',
    });
    expect(sendFailure(new TypeError('Failed to fetch'))).toEqual({ kind: 'network' });
    const badGateway = new ServerError('Bad Gateway', { response: { status: 502 } as Response, bodyText: '' });
    expect(sendFailure(badGateway)).toEqual({ kind: 'network' });
  });
});
