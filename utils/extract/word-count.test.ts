import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countWords,
  countWordsWithoutSegmenter,
  readingMinutes,
  wordsAndMinutes,
} from './word-count';

describe('countWords', () => {
  it('counts space-separated words', () => {
    expect(countWords("It's a fine day, isn't it? 42 degrees.")).toBe(8);
  });

  it('counts Chinese by words (segmenter) or characters (fallback), never as one word', () => {
    const chinese = '秘鲁正在考虑把外国囚犯送往萨尔瓦多的监狱。';
    expect(countWords(chinese)).toBeGreaterThan(5);
    expect(countWordsWithoutSegmenter(chinese)).toBe(20);
  });

  it('counts mixed scripts', () => {
    expect(countWordsWithoutSegmenter('CNN 报道')).toBe(3);
  });
});

describe('readingMinutes', () => {
  it('is 0 without text and at least 1 with any', () => {
    expect(readingMinutes('')).toBe(0);
    expect(readingMinutes('—')).toBe(0);
    expect(readingMinutes('Hello')).toBe(1);
  });

  it('times words at about 230 a minute and dense scripts at about 500 characters a minute', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
    expect(readingMinutes('字'.repeat(5000))).toBe(10);
  });
});

describe('wordsAndMinutes', () => {
  it('gives what countWords and readingMinutes give, for text in any script', () => {
    const pieces = fc.constantFrom(
      'word',
      ' ',
      '\n',
      '42',
      'don’t',
      '报道',
      'ทดสอบ',
      'カナ',
      '한국어',
      '—',
      '.',
      'é',
      '\u00a0',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces, { maxLength: 2000 }).map((parts) => parts.join('')),
        ),
        (text) => {
          expect(wordsAndMinutes(text)).toEqual({
            wordCount: countWords(text),
            readingMinutes: readingMinutes(text),
          });
        },
      ),
    );
  });
});
