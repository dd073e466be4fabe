import { describe, expect, it } from 'vitest';
import type { DetectionReason } from '../../utils/extract/detect-reasons.ts';
import { describeReasons } from './reasons.ts';

describe('describeReasons', () => {
  it('words each reason from the English catalog, with its value', () => {
    expect(
      describeReasons([
        { code: 'jsonld-article', value: 'NewsArticle' },
        { code: 'long-text', value: 7 },
        { code: 'url-home' },
      ]),
    ).toEqual([
      'JSON-LD says NewsArticle',
      'A long block of running text (paragraphs: 7)',
      'The URL is a home page',
    ]);
  });

  it('gives the code of a reason it has no words for', () => {
    expect(describeReasons([{ code: 'made-up' } as unknown as DetectionReason])).toEqual([
      'made-up',
    ]);
  });
});
