import { meetingInputSchema } from '../src/clusterValidation';

describe('a meeting’s times (issue 10)', () => {
  const meeting = { title: 'Møde i Politisk Sundhedsklynge Syd', date: '2026-12-10' };

  test('an end time before the start time is refused with a message about times, not dates', () => {
    const result = meetingInputSchema.safeParse({ ...meeting, startTime: '14:00', endTime: '13:00' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['endTime'], message: 'skal være efter starttidspunktet' }),
    ]);
  });

  test('an end time after the start time is accepted', () => {
    expect(meetingInputSchema.safeParse({ ...meeting, startTime: '14:00', endTime: '16:00' }).success).toBe(true);
  });
});
