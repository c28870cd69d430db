import { monthsBefore, reviewReasons } from '../src/offerReview';

describe('why an offer is in the review queue (issue 12)', () => {
  const cutoff = monthsBefore(new Date('2026-12-05T09:00:00Z'), 6);
  const offer = { assuredAt: null as string | null, status: 'ACTIVE', coursesEnded: false };

  test('six months before 5 December is 5 June', () => {
    expect(cutoff.toISOString()).toBe('2026-06-05T09:00:00.000Z');
  });

  test('never or not recently confirmed, all courses ended, or both', () => {
    expect(reviewReasons(offer, cutoff)).toEqual(['NEVER_CONFIRMED']);
    expect(reviewReasons({ ...offer, assuredAt: '2026-03-01T10:00:00Z' }, cutoff)).toEqual(['NOT_CONFIRMED']);
    expect(reviewReasons({ ...offer, assuredAt: '2026-10-05T10:00:00Z' }, cutoff)).toEqual([]);
    expect(reviewReasons({ ...offer, assuredAt: '2026-10-05T10:00:00Z', coursesEnded: true }, cutoff)).toEqual([
      'COURSES_ENDED',
    ]);
    expect(reviewReasons({ ...offer, assuredAt: '2026-03-01T10:00:00Z', coursesEnded: true }, cutoff)).toEqual([
      'NOT_CONFIRMED',
      'COURSES_ENDED',
    ]);
  });

  test('an inactive offer with ended courses is not listed as running, so that is no reason', () => {
    const inactive = { ...offer, status: 'INACTIVE', assuredAt: '2026-10-05T10:00:00Z', coursesEnded: true };
    expect(reviewReasons(inactive, cutoff)).toEqual([]);
  });
});
