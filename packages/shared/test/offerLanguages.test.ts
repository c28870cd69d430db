import { offerInputSchema } from '../src/offerValidation';
import { offerLanguageCode } from '../src/offerLanguages';
import { toFieldIssues } from '../src/validation';
import { validOffer } from './validOffer';

const valid = validOffer;

function check(languages: string[]) {
  const result = offerInputSchema.safeParse({ ...valid, languages });
  if (result.success) return { codes: result.data.languages, messages: [] };
  return {
    codes: null,
    messages: toFieldIssues(result.error)
      .filter((i) => i.path === 'input.languages')
      .map((i) => i.message),
  };
}

describe('an offer language (issue 12)', () => {
  test('known codes and Danish names are stored as codes, once each', () => {
    expect(offerLanguageCode('DA')).toBe('da');
    expect(offerLanguageCode('Engelsk')).toBe('en');
    expect(offerLanguageCode('farsi')).toBe('fa');
    expect(check(['da', 'en']).codes).toEqual(['da', 'en']);
    expect(check(['dansk', 'engelsk', 'arabisk', 'da']).codes).toEqual(['da', 'en', 'ar']);
  });

  test('an unknown code or name is refused by name, with the form to use', () => {
    const hint = 'Skriv sprogkoder som da, en, ar eller sprogets danske navn (fx dansk, engelsk)';
    expect(check(['da', 'xx']).messages).toEqual([`Sprog skal være kendte sprog: »xx« kendes ikke. ${hint}`]);
    expect(check(['dansk', 'klingon']).messages).toEqual([
      `Sprog skal være kendte sprog: »klingon« kendes ikke. ${hint}`,
    ]);
  });
});
