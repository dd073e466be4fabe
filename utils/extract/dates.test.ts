import { describe, expect, it } from 'vitest';
import { dateInUrl, isoDate, numericDate, parseDate, slashOrderOf } from './dates';

describe('parseDate: ISO 8601', () => {
  it.each([
    ['2025-06-12', '2025-06-12'],
    ['2025-06-12T09:30:00+02:00', '2025-06-12T09:30:00+02:00'],
    ['2025-06-12T09:30:00.123Z', '2025-06-12T09:30:00Z'],
    ['2025-06-12T09:30+0530', '2025-06-12T09:30:00+05:30'],
    ['2025-06-12 09:30:00 -04:00', '2025-06-12T09:30:00-04:00'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('keeps only the date of a time without an offset (a local time cannot be placed)', () => {
    expect(parseDate('2025-06-12T09:30:00')).toBe('2025-06-12');
  });

  it('refuses impossible dates', () => {
    expect(parseDate('2025-02-30')).toBeNull();
    expect(parseDate('2025-13-01')).toBeNull();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2025, 2, 29)).toBeNull();
  });
});

describe('parseDate: numeric dates with the year last (the rule in dates.ts)', () => {
  it('reads 12-06-2025 as 12 June 2025, as the seed page means it', () => {
    expect(parseDate('12-06-2025')).toBe('2025-06-12');
    expect(parseDate('CNN12-06-2025')).toBe('2025-06-12');
  });

  it('reads dashes and dots day-first even on an American page', () => {
    expect(parseDate('12-06-2025', { lang: 'en-US' })).toBe('2025-06-12');
    expect(parseDate('12.06.2025', { lang: 'en-US' })).toBe('2025-06-12');
  });

  it('takes a number above 12 as the day, whatever the order', () => {
    expect(parseDate('13/06/2025', { lang: 'en-US' })).toBe('2025-06-13');
    expect(parseDate('06/13/2025')).toBe('2025-06-13');
  });

  it('reads an ambiguous slash date month-first only on en-US pages', () => {
    expect(parseDate('06/12/2025', { lang: 'en-US' })).toBe('2025-06-12');
    expect(parseDate('06/12/2025', { lang: 'en-GB' })).toBe('2025-12-06');
    expect(parseDate('06/12/2025', { lang: 'es' })).toBe('2025-12-06');
    expect(parseDate('06/12/2025')).toBe('2025-12-06');
  });

  it('reads a two-digit year only with the time of day after it', () => {
    expect(parseDate('07/11/11-14:15')).toBe('2011-11-07');
    expect(parseDate('09.11.11 15:21', { lang: 'el' })).toBe('2011-11-09');
    // On a 12-hour clock the order is the American one.
    expect(parseDate('By A. Writer 01/11/12 05:16 PM ET')).toBe('2012-01-11');
    expect(parseDate('07/11/11')).toBeNull();
    expect(parseDate('v1.2.10 12:30')).toBeNull();
  });

  it('reads a year-first date as year-month-day', () => {
    expect(parseDate('2025/6/12')).toBe('2025-06-12');
    expect(parseDate('2025.06.12')).toBe('2025-06-12');
    // Korean pages put a space after each dot.
    expect(parseDate('입력 2025. 6. 12. 오후 2:30')).toBe('2025-06-12');
  });

  it('reads an ambiguous date as the reading that falls on the weekday written beside it', () => {
    // 12 January 2012 was a Thursday, 1 December 2012 a Saturday.
    expect(parseDate('on Thu, 01/12/2012 - 09:52')).toBe('2012-01-12');
    expect(parseDate('Sat 01/12/2012')).toBe('2012-12-01');
    expect(parseDate('01/12/2012')).toBe('2012-12-01');
  });

  it("reads an ambiguous date as the page address's date when one reading is that day", () => {
    expect(parseDate('1/10/2012 @ 12:31PM', { urlDate: '2012-01-10' })).toBe('2012-01-10');
    expect(parseDate('1/10/2012', { urlDate: '2012-03-04' })).toBe('2012-10-01');
    expect(dateInUrl('https://paper.example/sites/jane/2012/01/10/genomes/')).toBe('2012-01-10');
    expect(dateInUrl('https://paper.example/health/2011-11-28/114062')).toBe('2011-11-28');
    expect(dateInUrl('https://paper.example/a/20120110-genomes')).toBe('2012-01-10');
    expect(dateInUrl('https://paper.example/story/63445805')).toBeNull();
    expect(dateInUrl('https://paper.example/2012/13/40/')).toBeNull();
  });

  it('reads an ambiguous slash date in the order the page writes its other slash dates', () => {
    expect(slashOrderOf('Updated 06/13/2025 · Posted 06/12/2025')).toBe('month-first');
    expect(slashOrderOf('13/06/2025 and 12/06/2025')).toBe('day-first');
    expect(slashOrderOf('06/12/2025 only')).toBeNull();
    expect(slashOrderOf('06/13/2025 but 13/06/2025')).toBeNull();
    // Fractions, scores and paths are not dates.
    expect(slashOrderOf('a 3/4 cup, 1/2/3/4, /2025/06/13/')).toBeNull();
    const monthFirst = () => 'month-first' as const;
    const dayFirst = () => 'day-first' as const;
    expect(parseDate('06/12/2025', { lang: 'en', slashOrder: monthFirst })).toBe('2025-06-12');
    expect(parseDate('06/12/2025', { lang: 'en-US', slashOrder: dayFirst })).toBe('2025-12-06');
    // Dashes and dots are day-first whatever the slashes do; an unambiguous date is itself.
    expect(parseDate('06-12-2025', { slashOrder: monthFirst })).toBe('2025-12-06');
    expect(parseDate('13/06/2025', { slashOrder: monthFirst })).toBe('2025-06-13');
    // The weekday and the address still come first.
    expect(parseDate('Thu, 06/12/2025', { slashOrder: dayFirst })).toBe('2025-06-12');
  });

  it('asks the page for its order only for an ambiguous slash date', () => {
    let asked = 0;
    const slashOrder = () => {
      asked++;
      return 'month-first' as const;
    };
    parseDate('13/06/2025', { slashOrder });
    parseDate('12-06-2025', { slashOrder });
    parseDate('06/06/2025', { slashOrder });
    expect(asked).toBe(0);
    parseDate('06/12/2025', { slashOrder });
    expect(asked).toBe(1);
  });

  it('reads a slash date with a US time zone after its time month-first', () => {
    expect(parseDate('06/12/2025 3:15 PM ET', { lang: 'en' })).toBe('2025-06-12');
    expect(parseDate('06/12/2025 15:15 EDT')).toBe('2025-06-12');
    expect(parseDate('06/12/2025 14:00 et 15:00', { lang: 'fr' })).toBe('2025-12-06');
  });

  it('exposes the rule for callers that already split the numbers', () => {
    expect(numericDate(12, 6, 2025, '-')).toBe('2025-06-12');
    expect(numericDate(6, 12, 2025, '/', { lang: 'en-us' })).toBe('2025-06-12');
  });
});

describe('parseDate: written dates', () => {
  it.each([
    ['Τετάρτη 21 Δεκέμβρη 2011', '2011-12-21'],
    ['June 12, 2025', '2025-06-12'],
    ['Thursday, Jun. 12th, 2025 10:30 AM EDT', '2025-06-12'],
    ['12 June 2025', '2025-06-12'],
    ['12 de junio de 2025', '2025-06-12'],
    ['12. Juni 2025', '2025-06-12'],
    ['12 février 2025', '2025-02-12'],
    ['12 июня 2025 г.', '2025-06-12'],
    ['12 czerwca 2025', '2025-06-12'],
    ['12 Ιουνίου 2025', '2025-06-12'],
    ['04 Ιαν. 2012, 11:28', '2012-01-04'],
    ['12 giugno 2025', '2025-06-12'],
    ['2025年6月12日 10:30', '2025-06-12'],
    ['2025년 6월 12일 14:30', '2025-06-12'],
    ['12 Haziran 2025 Perşembe', '2025-06-12'],
    ['12 AĞUSTOS 2025', '2025-08-12'],
    ['12 MAYIS 2025', '2025-05-12'],
    ['Kamis, 12 Juni 2025 10:45 WIB', '2025-06-12'],
    ['12 Desember 2025', '2025-12-12'],
  ])('%s → %s', (text, iso) => {
    expect(parseDate(text)).toBe(iso);
  });

  it('finds nothing in text without a date', () => {
    expect(parseDate('27 minutes ago')).toBeNull();
    expect(parseDate('Peru is weighing sending foreign inmates')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});
