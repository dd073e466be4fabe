import { describe, expect, it } from 'vitest';
import { processTerm, termText, tokenize } from './tokenize';

const terms = (text: string) => tokenize(text).map((t) => termText(processTerm(t) ?? ''));

describe('tokenize + processTerm', () => {
  it.each([
    ['Quiet streets, louder birds!', ['quiet', 'streets', 'louder', 'birds']],
    ['Résumé of a café in İstanbul', ['resume', 'of', 'a', 'cafe', 'in', 'istanbul']],
    ['cafe\u0301 decomposed', ['cafe', 'decomposed']],
    ['ＡＢＣ全角', ['abc', '全角']],
    ['阅读列表', ['阅读', '读列', '列表']],
    ['猫', ['猫']],
    ['iPhone用の説明', ['iphone', '用の', 'の説', '説明']],
    ['がっこう', ['がっ', 'っこ', 'こう']],
    ['서울의 봄', ['서울의', '봄']],
    ['مَكْتَبَة القراءة', ['مكتبة', 'القراءة']],
    ['हिन्दी पाठ', ['हिन्दी', 'पाठ']],
    ['Emoji 🎉 party 2026', ['emoji', 'party', '2026']],
  ])('%s', (text, expected) => {
    expect(terms(text)).toEqual(expected);
  });
});

describe('CJK terms in the index', () => {
  it('are hex-encoded so that a character is a prefix of its bigrams', () => {
    const bigram = processTerm('阅读')!;
    expect(bigram).toBe('~0960508bfb');
    expect(bigram.startsWith(processTerm('阅')!)).toBe(true);
    expect(termText(bigram)).toBe('阅读');
    expect(termText(processTerm('𠮷野')!)).toBe('𠮷野');
  });
});
