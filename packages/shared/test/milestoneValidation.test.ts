import { milestoneInputSchema } from '../src/validation';

describe('a milestone’s date lies in its year and quarter', () => {
  const milestone = { year: 2027, quarter: 1, text: 'Afrapportering til udvalget' };

  test('a date in another quarter than the one chosen is refused on the date field', () => {
    const result = milestoneInputSchema.safeParse({ ...milestone, date: '15.6.2027' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['date'], message: 'skal ligge i det angivne kvartal' }),
    ]);
  });

  test('a date in the quarter, or a date without a quarter, is accepted', () => {
    expect(milestoneInputSchema.safeParse({ ...milestone, date: '31.3.2027' }).success).toBe(true);
    expect(milestoneInputSchema.safeParse({ ...milestone, quarter: null, date: '15.6.2027' }).success).toBe(true);
  });
});
