import { describe, expect, it, vi } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences';

const texts = (text: string, lang: string | null = 'en') =>
  splitSentences(text, lang).map((span) => span.text);

describe('splitSentences', () => {
  it('splits English prose into sentences', () => {
    expect(texts('The tide came in. Boats rose! Did anyone notice? Yes.')).toEqual([
      'The tide came in.',
      'Boats rose!',
      'Did anyone notice?',
      'Yes.',
    ]);
  });

  it('gives offsets that point back into the text', () => {
    const text = '  First one.   Second one.  ';
    for (const span of splitSentences(text, 'en')) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  });

  it('splits Japanese and Arabic', () => {
    expect(texts('今日は晴れです。明日は雨です。', 'ja')).toEqual([
      '今日は晴れです。',
      '明日は雨です。',
    ]);
    expect(texts('هذا نص. وهذا نص آخر؟', 'ar')).toEqual(['هذا نص.', 'وهذا نص آخر؟']);
  });

  it('drops pieces without a word (lone punctuation, spaces)', () => {
    expect(texts('— … Fine.')).toEqual(['— … Fine.']);
    expect(texts(' ... ')).toEqual([]);
    expect(texts('')).toEqual([]);
  });

  it('cuts a very long sentence at clause boundaries', () => {
    const clause = 'and the water kept rising over the old stone wall of the harbour, ';
    const long = `${clause.repeat(12)}until morning.`;
    const spans = splitSentences(long, 'en');
    expect(spans.length).toBeGreaterThan(1);
    for (const span of spans) expect(span.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(spans.map((s) => s.text).join(' ')).toBe(long.trim());
  });

  it('tolerates an invalid language tag', () => {
    expect(texts('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
  });

  it('works without Intl.Segmenter', () => {
    vi.stubGlobal('Intl', { ...Intl, Segmenter: undefined });
    try {
      expect(texts('One thing. Another thing! Last')).toEqual([
        'One thing.',
        'Another thing!',
        'Last',
      ]);
      expect(texts('سؤال؟ جواب.', 'ar')).toEqual(['سؤال؟', 'جواب.']);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
