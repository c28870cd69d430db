import { offerInputSchema } from '../src/offerValidation';
import { parseKronerInput } from '../src/parseNumber';
import { toFieldIssues } from '../src/validation';
import { validOffer } from './validOffer';

const valid = validOffer;

/** The messages the form and the server give for a price as typed. */
function costMessages(typed: string): string[] {
  const result = offerInputSchema.safeParse({ ...valid, costKr: parseKronerInput(typed) });
  if (result.success) return [];
  return toFieldIssues(result.error)
    .filter((i) => i.path === 'input.costKr')
    .map((i) => i.message);
}

describe('an offer price as typed (issue 12)', () => {
  test('whole kroner with or without thousands dots are accepted', () => {
    expect(parseKronerInput('1.234')).toBe(1234);
    expect(parseKronerInput('1234')).toBe(1234);
    expect(parseKronerInput('250 kr.')).toBe(250);
    expect(parseKronerInput('')).toBeNull();
    expect(costMessages('1.234')).toEqual([]);
    expect(costMessages('0')).toEqual([]);
  });

  test('a price above the ceiling names the ceiling in Danish number format', () => {
    expect(costMessages('1234567')).toEqual(['Pris må højst være 1.000.000 kr.']);
    expect(costMessages('1.000.000')).toEqual([]);
  });

  test('øre are refused as such, not as "not a number"', () => {
    expect(parseKronerInput('1.234,50')).toBe(1234.5);
    expect(costMessages('1.234,50')).toEqual([
      'Pris skal være et helt antal kroner uden øre (fx 1.234). Skriv 0, hvis tilbuddet er gratis',
    ]);
  });
});
