// The hand-out's fixed strings per language (issue 12, ADR 043): the status line, the labels, the footer,
// the e-mail's closing and the format words have keys of their own, with Danish where a language lacks one.
import {
  HANDOUT_TEXT_KEYS,
  danishHandoutTexts,
  fillHandoutText,
  handoutAgeRange,
  handoutLanguageInputSchema,
  handoutTextsWithFallback,
  offerFormatWords,
} from '../src/handoutTexts';
import { handoutMessages, ui } from '../src/messages';

const ADDED = [
  'courseEnded',
  'courseEndedShort',
  'courseNext',
  'ages',
  'languages',
  'formats',
  'updated',
  'printFooter',
  'regards',
  'formatHold',
  'formatIndividuel',
  'formatOnline',
  'formatTelefon',
  'formatDropIn',
] as const;

describe('the hand-out text keys', () => {
  test('the status line, labels, footer, closing and format words are keys, each with a Danish default', () => {
    for (const key of ADDED) expect(HANDOUT_TEXT_KEYS).toContain(key);
    for (const key of HANDOUT_TEXT_KEYS) expect(danishHandoutTexts[key]?.trim()).toBeTruthy();
    expect(danishHandoutTexts).toMatchObject({
      courseEndedShort: 'Næste hold ikke fastlagt',
      ages: 'Alder',
      languages: 'Sprog',
      formats: 'Form',
      updated: 'Senest ændret',
      regards: 'Venlig hilsen',
    });
  });

  test('the Danish templates give the Danish lines the staff pages have always shown', () => {
    expect(fillHandoutText(danishHandoutTexts.courseEnded, '3.2.2027')).toBe(handoutMessages.course.ended('3.2.2027'));
    expect(fillHandoutText(danishHandoutTexts.courseEnded, '3.2.2027')).toBe(
      'Næste hold ikke fastlagt (sidste hold sluttede 3.2.2027)',
    );
    expect(fillHandoutText(danishHandoutTexts.courseNext, '5.1.2027')).toBe('Næste hold starter 5.1.2027');
    expect(fillHandoutText(danishHandoutTexts.printFooter, '5.1.2027', 'Ishøj Kommune')).toBe(
      ui.offers.printFooter('5.1.2027', 'Ishøj Kommune'),
    );
  });

  test('the footer names the offer’s municipality: Ishøj’s reads as before, another’s its own, none names none', () => {
    const footer = danishHandoutTexts.printFooter;
    expect(footer).not.toContain('Ishøj');
    expect(fillHandoutText(footer, '5.1.2027', 'Ishøj Kommune')).toBe(
      'Udskrevet 5.1.2027 fra Ishøj Kommunes tilbudskatalog',
    );
    expect(fillHandoutText(footer, '5.1.2027', 'Hvidovre Kommune')).toBe(
      'Udskrevet 5.1.2027 fra Hvidovre Kommunes tilbudskatalog',
    );
    for (const unknown of [undefined, null, '  '])
      expect(fillHandoutText(footer, '5.1.2027', unknown)).toBe('Udskrevet 5.1.2027 fra kommunens tilbudskatalog');
    // A language's footer takes the name as the database spells it; a string without the placeholder is kept.
    expect(fillHandoutText('طُبع في {date} من دليل عروض {municipality}', '5.1.2027', 'Hvidovre Kommune')).toBe(
      'طُبع في 5.1.2027 من دليل عروض Hvidovre Kommune',
    );
    expect(fillHandoutText('Next group starts {date}', '5.1.2027', 'Hvidovre Kommune')).toBe(
      'Next group starts 5.1.2027',
    );
    for (const [key, text] of Object.entries(danishHandoutTexts))
      if (key !== 'printFooter') expect(text).not.toMatch(/Ishøj|\{municipality\}/);
  });

  test('a language lacking a new key gets the Danish string, and the key is named missing', () => {
    const { texts, missing } = handoutTextsWithFallback({
      what: 'What is it?',
      ages: 'Age',
      courseNext: 'Next group starts {date}',
      formatHold: '  ',
    });
    expect(texts.ages).toBe('Age');
    expect(fillHandoutText(texts.courseNext, '5.1.2027')).toBe('Next group starts 5.1.2027');
    expect(texts.updated).toBe('Senest ændret');
    expect(texts.formatHold).toBe(danishHandoutTexts.formatHold);
    expect(missing).toEqual(expect.arrayContaining(['updated', 'printFooter', 'regards', 'formatHold']));
    expect(missing).not.toContain('ages');
    expect(missing).not.toContain('courseNext');
  });

  test("the e-mail's contact line after ended courses and its labels are keys; the Danish e-mail line is unchanged", () => {
    for (const key of ['courseEndedContact', 'alert', 'booking', 'accessibility', 'interpreter'] as const)
      expect(HANDOUT_TEXT_KEYS).toContain(key);
    expect(danishHandoutTexts).toMatchObject({
      alert: 'Bemærk',
      booking: 'Tilmelding',
      accessibility: 'Tilgængelighed',
      interpreter: 'Der kan bestilles tolk.',
    });
    expect(handoutMessages.course.endedMail('3.2.2027')).toBe(
      'Næste hold ikke fastlagt (sidste hold sluttede 3.2.2027). Kontakt os for at høre, hvornår der er et nyt hold.',
    );
    const { texts, missing } = handoutTextsWithFallback({ courseEnded: 'Ended {date}' });
    expect(texts.courseEndedContact).toBe('Kontakt os for at høre, hvornår der er et nyt hold.');
    expect(missing).toContain('courseEndedContact');
  });

  test('the staff unit may save the new keys for a language', () => {
    const parsed = handoutLanguageInputSchema.parse({
      name: 'Engelsk',
      nativeName: 'English',
      direction: 'LTR',
      texts: { regards: 'Kind regards', formatOnline: 'Online' },
    });
    expect(parsed.texts.regards).toBe('Kind regards');
    expect(parsed.texts.formatOnline).toBe('Online');
    expect(parsed.texts.printFooter).toBeNull();
  });
});

describe('the format codes as words', () => {
  test('Danish by default: words, not the raw codes', () => {
    expect(offerFormatWords(['hold', 'individuel']).map((f) => f.word)).toEqual(['På hold', 'Individuelt']);
    expect(offerFormatWords(['online', 'telefon', 'drop-in']).map((f) => f.word)).toEqual([
      'Online',
      'Over telefonen',
      'Drop-in (uden tilmelding)',
    ]);
  });

  test('in a language: its words; a missing word or an unknown code is Danish and says so', () => {
    const { texts, missing } = handoutTextsWithFallback({ formatHold: 'In a group', formatIndividuel: 'One to one' });
    expect(offerFormatWords(['hold', 'Individuel', 'telefon', 'gåtur', 'constructor'], texts, missing)).toEqual([
      { word: 'In a group', danish: false },
      { word: 'One to one', danish: false },
      { word: 'Over telefonen', danish: true },
      { word: 'Gåtur', danish: true },
      { word: 'Constructor', danish: true },
    ]);
  });
});

test('the ages in a language are digits only, no Danish "år"', () => {
  expect(handoutAgeRange(18, 64)).toBe('18–64');
  expect(handoutAgeRange(18, null)).toBe('18+');
  expect(handoutAgeRange(null, 25)).toBe('0–25');
  expect(handoutAgeRange(null, null)).toBeNull();
});
