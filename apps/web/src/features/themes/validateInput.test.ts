// Form messages say what is wrong (issue 12): a year typed as letters is "not a number", not "missing".
import { milestoneInputSchema } from '@sundhed/shared';
import { validateInput } from './validateInput';

const yearMessage = (year: unknown) => {
  const checked = validateInput(milestoneInputSchema, { year, text: 'Netværk etableret' });
  return checked.ok ? null : checked.issues.find((i) => i.path.endsWith('year'))?.message;
};

test('a year that is not a number says so; an empty one says it must be filled in', () => {
  expect(yearMessage(Number.NaN)).toBe('Årstal skal være et tal');
  expect(yearMessage(null)).toBe('Årstal skal udfyldes');
  expect(yearMessage(2027)).toBeNull();
});

test('a number that is not whole keeps the schema’s words, not "skal udfyldes"', () => {
  expect(yearMessage(2027.5)).not.toMatch(/udfyldes/);
  expect(yearMessage(2027.5)).toMatch(/^Årstal /);
});
