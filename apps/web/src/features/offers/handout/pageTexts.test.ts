import { arabicLanguage } from './languageFixtures';
import { municipalityLine } from './pageTexts';

describe('municipalityLine (the lines that name the offer’s municipality)', () => {
  it('puts in the offer’s municipality, in Danish and in a language', () => {
    expect(municipalityLine(null, 'intro', 'Hvidovre Kommune')).toEqual({
      text: 'Et sundhedstilbud fra Hvidovre Kommune',
      attributes: {},
    });
    expect(municipalityLine(null, 'printFooter', 'Ishøj Kommune', '5.12.2026').text).toBe(
      'Udskrevet 5.12.2026 fra Ishøj Kommunes tilbudskatalog',
    );
    expect(municipalityLine(arabicLanguage(), 'printFooter', 'Hvidovre Kommune', '5.12.2026')).toEqual({
      text: 'طُبع في 5.12.2026 من دليل عروض Hvidovre Kommune',
      attributes: {},
    });
  });

  it('without a name (a copy saved before it was read) names no municipality', () => {
    expect(municipalityLine(null, 'intro', undefined).text).toBe('Et sundhedstilbud fra kommunen');
    expect(municipalityLine(null, 'printFooter', '', '5.12.2026').text).toBe(
      'Udskrevet 5.12.2026 fra kommunens tilbudskatalog',
    );
    // In a language the Danish line stands in whole, marked Danish, rather than a Danish word in it.
    expect(municipalityLine(arabicLanguage(), 'printFooter', null, '5.12.2026')).toEqual({
      text: 'Udskrevet 5.12.2026 fra kommunens tilbudskatalog',
      attributes: { lang: 'da', dir: 'ltr' },
    });
    // A language's intro names no municipality at all: it is kept.
    expect(municipalityLine(arabicLanguage(), 'intro', null)).toEqual({ text: 'عرض صحي من البلدية', attributes: {} });
  });
});
