import { fold } from '../src/fold';
import {
  formatClock,
  formatClockRange,
  formatDate,
  formatDateTime,
  formatDecimal,
  formatInputNumber,
  formatKr,
  formatNumber,
  formatQuarter,
  formatTime,
  quarterOf,
} from '../src/format';
import { parseDanishDate } from '../src/parseDate';
import { parseDanishInput, parseDanishNumber } from '../src/parseNumber';

// Intl's da-DK currency format, with the no-break space before "kr." made an ordinary one.
const intlKr = (value: number, digits: number) =>
  new Intl.NumberFormat('da-DK', {
    style: 'currency',
    currency: 'DKK',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  })
    .format(value)
    .replace(/\u00a0/g, ' ');

describe('money and numbers', () => {
  test('amounts with and without øre, as Intl da-DK writes them', () => {
    expect(formatKr(1234567.89, 2)).toBe('1.234.567,89 kr.');
    expect(formatKr(1234567)).toBe('1.234.567 kr.');
    expect(formatKr(0)).toBe('0 kr.');
    expect(formatKr(1234567.89, 2)).toBe(intlKr(1234567.89, 2));
  });

  test('negative amounts carry a hyphen-minus before the digits', () => {
    expect(formatKr(-1234)).toBe('-1.234 kr.');
    expect(formatKr(-1234567.89, 2)).toBe('-1.234.567,89 kr.');
    expect(formatKr(-1234)).toBe(intlKr(-1234, 0));
    expect(formatNumber(-0.5, 1)).toBe('-0,5');
    expect(formatKr(-0.4)).toBe('0 kr.'); // rounds to zero: no "-0"
    expect(formatNumber(-0.004, 2)).toBe('0,00');
  });

  test('numbers, decimals and what the inputs show', () => {
    expect(formatNumber(1234567)).toBe('1.234.567');
    expect(formatNumber(2.5, 2)).toBe('2,50');
    expect(formatDecimal(2)).toBe('2');
    expect(formatDecimal(1.25, 1)).toBe('1,3');
    expect(formatInputNumber(1200000)).toBe('1.200.000');
    expect(formatInputNumber(3.5)).toBe('3,5');
  });
});

describe('dates and times in Copenhagen', () => {
  // 00:30 and 23:30 local time in winter (CET, UTC+1) and in summer (CEST, UTC+2).
  const edges = [
    { at: '2026-01-14T23:30:00Z', date: '15.1.2026', time: '00.30' },
    { at: '2026-01-14T22:30:00Z', date: '14.1.2026', time: '23.30' },
    { at: '2026-07-14T22:30:00Z', date: '15.7.2026', time: '00.30' },
    { at: '2026-07-14T21:30:00Z', date: '14.7.2026', time: '23.30' },
    // the nights summer time starts (29 March 2026, 02:00 -> 03:00) and ends (25 October, 03:00 -> 02:00)
    { at: '2026-03-28T23:30:00Z', date: '29.3.2026', time: '00.30' },
    { at: '2026-03-29T21:30:00Z', date: '29.3.2026', time: '23.30' },
    { at: '2026-10-24T22:30:00Z', date: '25.10.2026', time: '00.30' },
    { at: '2026-10-25T22:30:00Z', date: '25.10.2026', time: '23.30' },
  ];

  test.each(edges)('$at is $date at $time', ({ at, date, time }) => {
    expect(formatDate(at)).toBe(date);
    expect(formatDate(new Date(at))).toBe(date);
    expect(formatTime(at)).toBe(time);
    expect(formatDateTime(at)).toBe(`${date} kl. ${time}`);
  });

  test('a calendar date is shown as it is, whatever the time zone', () => {
    expect(formatDate('2023-04-26')).toBe('26.4.2023');
    expect(formatDate('2027-01-01')).toBe('1.1.2027');
  });
});

describe('quarters', () => {
  test('are written "4. kvt. 2016" and found in Copenhagen time', () => {
    expect(formatQuarter(2016, 4)).toBe('4. kvt. 2016');
    expect(quarterOf('2026-03-31')).toEqual({ year: 2026, quarter: 1 });
    expect(quarterOf('2026-04-01')).toEqual({ year: 2026, quarter: 2 });
    expect(quarterOf('2026-12-31T23:30:00Z')).toEqual({ year: 2027, quarter: 1 }); // 00:30 on New Year's Day
    expect(quarterOf('2026-06-30T22:30:00Z')).toEqual({ year: 2026, quarter: 3 }); // 00:30 on 1 July (CEST)
    expect(quarterOf('2026-06-30T21:30:00Z')).toEqual({ year: 2026, quarter: 2 }); // 23:30 on 30 June
  });
});

describe('the one Danish number parser', () => {
  test.each([
    ['1.234.567,89', true, 1234567.89],
    ['1.234,50', false, 1234.5],
    ['12,5', true, 12.5],
    ['-1.234', true, -1234],
    ['1.234', true, 1234],
    ['1.234', false, 1.234],
    ['2.5', true, 2.5],
    ['42', true, 42],
  ] as const)('%s (Danish dots: %s) is %d', (text, danishDots, expected) => {
    expect(parseDanishNumber(text, danishDots)).toBe(expected);
  });

  test.each(['', 'tolv', '1,2,3', '1.23,4', '12.34.567', ',5', '1..2'])('%j is not a number', (text) => {
    expect(parseDanishNumber(text, true)).toBeNaN();
  });

  test('what a user types in a form: spaces, a typographic minus; no exponents', () => {
    expect(parseDanishInput('1 200 000')).toBe(1200000);
    expect(parseDanishInput('−3,5')).toBe(-3.5);
    expect(parseDanishInput('1.234.567,89')).toBe(1234567.89);
    expect(parseDanishInput('1e6')).toBeNull();
    expect(parseDanishInput('abc')).toBeNull();
    expect(parseDanishInput('')).toBeNull();
  });

  test('reads back what the formatter writes', () => {
    for (const value of [0, -1234, 1234567.89, 0.125, 1200000])
      expect(parseDanishInput(formatInputNumber(value))).toBe(value);
  });
});

describe('the Danish date parser', () => {
  test('Danish and ISO dates are the same calendar date', () => {
    expect(parseDanishDate('15.2.2027')).toBe('2027-02-15');
    expect(parseDanishDate('05.02.2027')).toBe('2027-02-05');
    expect(parseDanishDate(' 2027-02-15 ')).toBe('2027-02-15');
    expect(parseDanishDate('29.2.2028')).toBe('2028-02-29'); // a leap year
  });

  test('dates that do not exist, and other shapes, are refused', () => {
    for (const text of ['30.2.2027', '29.2.2027', '31.4.2027', '0.1.2027', '1.13.2027', '2027-02-30', '2027-2-15'])
      expect(parseDanishDate(text)).toBeNull();
    for (const text of ['', '15/2/2027', '15.2.27', 'i morgen', '2027-02-15T00:00:00Z'])
      expect(parseDanishDate(text)).toBeNull();
  });
});

describe('the one fold', () => {
  test('æ/ø/å in either case become ae/oe/aa, other accents go, all lower case', () => {
    expect(fold('Træning ØRESUND Å')).toBe('traening oeresund aa');
    expect(fold('Café Zoë')).toBe('cafe zoe');
    expect(fold('Kræftens Bekæmpelse')).toBe(fold('KRAEFTENS bekaempelse'));
  });
});

describe('clock times as schedules and meetings store them ("HH:MM")', () => {
  test('are written with a full stop in Danish: "kl. 16.30–18.00"', () => {
    expect(formatClock('16:30')).toBe('16.30');
    expect(formatClock('09:05')).toBe('09.05');
    expect(formatClockRange('16:30', '18:00')).toBe('kl. 16.30–18.00');
    expect(formatClockRange('16:30', null)).toBe('kl. 16.30');
    expect(formatClockRange(null, '18:00')).toBe('');
  });
});
