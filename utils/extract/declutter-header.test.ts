import { describe, expect, it } from 'vitest';
import { isDateLine } from './declutter-header';

describe('isDateLine', () => {
  it.each([
    ['Published 12 June 2025, 10:30', true],
    ['2025-06-12 21:11 | Updated 22:40 GMT', true],
    // The site's address beside the date is part of the same header line.
    ['http://www.news.example 2012-01-17 21:11 来源： 新闻网 【字号：大 中 小】', true],
    // A link whose address holds a date is a reference, not the page's date.
    ['http://www.journal.example/content/early/2012/01/16/cmaj.111234', false],
    [
      'The council met on 12 June 2025 to weigh the plan for the crossing, which has been closed.',
      false,
    ],
    ['No digits here at all', false],
    // Without a year the header cannot show the date: the line stays in the story.
    ['25 ноября в 16:27     Здоровье', false],
  ])('reads "%s" as a date line: %s', (text, expected) => {
    expect(isDateLine(text)).toBe(expected);
  });
});
