import { describe, expect, it } from 'vitest';
import { isDateLine } from './declutter-header';

describe('isDateLine', () => {
  it.each([
    'Published 12 June 2025, 10:30',
    '2025-06-12 21:11 | Updated 22:40 GMT',
    // The site's address beside the date is part of the same header line.
    'http://www.news.example 2012-01-17 21:11 来源： 新闻网 【字号：大 中 小】',
  ])('reads "%s" as a date line', (text) => {
    expect(isDateLine(text)).toBe(true);
  });

  it.each([
    // A link whose address holds a date is a reference, not the page's date.
    'http://www.journal.example/content/early/2012/01/16/cmaj.111234',
    'The council met on 12 June 2025 to weigh the plan for the crossing, which has been closed.',
    'No digits here at all',
  ])('does not read "%s" as one', (text) => {
    expect(isDateLine(text)).toBe(false);
  });
});
