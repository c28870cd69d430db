import { rygestop } from './offerFixtures';
import { scheduleText, scheduleTextIn } from './scheduleText';

const course = rygestop.schedules[0]!;

describe('scheduleTextIn (the times on the citizen’s page in their language, ADR 043)', () => {
  it('writes the weekday and the dates as the browser does in the language, the time in digits', () => {
    const english = scheduleTextIn(course, 'en')!;
    // The range's spaces are the locale data's own (thin spaces in current CLDR).
    expect(english.text).toMatch(/^Tuesday, \u206616:30–18:00\u2069, 4\/26\/2023\s*–\s*6\/7\/2023$/u);
    expect(english.danishPart).toBeNull();
    const arabic = scheduleTextIn(course, 'ar')!;
    expect(arabic.text).toMatch(/^الثلاثاء, \u206616:30–18:00\u2069, /);
    expect(arabic.text).not.toMatch(/Tirsdag/);
  });

  it('keeps the staff’s own words apart, in Danish', () => {
    const withPlace = { ...course, description: 'Holdet mødes i salen', locationName: 'Ishøj Bibliotek' };
    expect(scheduleTextIn(withPlace, 'tr')?.danishPart).toBe('Holdet mødes i salen, Ishøj Bibliotek');
    expect(scheduleTextIn(withPlace, 'tr')?.text).toMatch(/^Salı, /);
  });

  it('leaves the whole line Danish where the browser lacks the language or a part is missing', () => {
    expect(scheduleTextIn(course, 'xx')).toBeNull();
    expect(scheduleTextIn({ ...course, validTo: null }, 'en')).toBeNull();
    expect(scheduleTextIn({ ...course, opensAt: null }, 'en')).toBeNull();
    expect(scheduleTextIn({ ...course, closesAt: null }, 'en')?.text).toMatch(/^Tuesday, \u206616:30\u2069, /);
    expect(scheduleText(course)).toBe('Tirsdage kl. 16.30–18.00, 26.4.2023 – 7.6.2023');
  });
});
