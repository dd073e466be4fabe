import { describe, expect, it } from 'vitest';
import { formatPublishedDate, formatReadingTime, hostOf } from './format';

describe('formatPublishedDate', () => {
  it.each([
    ['2025-06-12', 'en', 'June 12, 2025'],
    ['2025-06-12', 'es', '12 de junio de 2025'],
    ['2025-01-01', 'de', '1. Januar 2025'],
  ])('formats the calendar day %s in %s', (iso, lang, expected) => {
    expect(formatPublishedDate(iso, lang)).toBe(expected);
  });

  it('keeps a date-only value on its day whatever the time zone', () => {
    // Midnight UTC is the previous evening in America; the day must not move.
    expect(formatPublishedDate('2024-03-01', 'en')).toBe('March 1, 2024');
  });

  it('formats a date-time with an offset', () => {
    expect(formatPublishedDate('2025-06-12T12:00:00+02:00', 'en')).toMatch(/June 1[12], 2025/);
  });

  it.each([[null], [''], ['yesterday'], ['2025-13-45x']])('returns null for %s', (iso) => {
    expect(formatPublishedDate(iso, 'en')).toBeNull();
  });

  it('falls back to the default locale for a malformed language tag', () => {
    expect(formatPublishedDate('2025-06-12', 'not a tag!')).toMatch(/2025/);
  });

  it('uses the page language script (Arabic)', () => {
    expect(formatPublishedDate('2025-06-12', 'ar')).toMatch(/يونيو/);
  });
});

describe('formatReadingTime', () => {
  it.each([
    [5, 'en', '5 minutes'],
    [1, 'en', '1 minute'],
    [0, 'en', '1 minute'],
    [2.6, 'en', '3 minutes'],
    [5, 'es', '5 minutos'],
    [Number.NaN, 'en', '1 minute'],
  ])('%s minutes in %s', (minutes, lang, expected) => {
    expect(formatReadingTime(minutes, lang)).toBe(expected);
  });
});

describe('hostOf', () => {
  it.each([
    ['https://www.example.com/a/b', 'example.com'],
    ['http://news.example.org', 'news.example.org'],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s → %s', (url, host) => {
    expect(hostOf(url)).toBe(host);
  });
});
