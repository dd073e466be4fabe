import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedLength, weightedLength, weightedLengthSmall } from './weighted-length.ts';

describe('weightedLength and its small twin (auto mode’s detection script)', () => {
  it.each([
    ['', 0],
    ['  two  words \n', 9],
    ['市政府召开新闻发布会', 30],
    ['ひらがな カタカナ', 25],
    ['한국어 기사', 11],
    ['\u00a0\u3000a\u2028b\ufeff', 3],
  ])('%j weighs %d', (text, weight) => {
    expect(weightedLength(text)).toBe(weight);
    expect(weightedLengthSmall(text)).toBe(weight);
  });

  it('agree on any text', () => {
    const scripts = fc.constantFrom(
      ...'ab Zé\t\n\u00a0\u2003\u3000\ufeff\u2028。中文漢字ひらカタ한국\uf900\u3400\ud83d\ude00'.split(
        '',
      ),
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(scripts).map((chars) => chars.join('')),
        ),
        (text) => weightedLengthSmall(text) === weightedLength(text),
      ),
      { numRuns: 2_000 },
    );
  });

  it('count, collapsed, the length of the text with its spaces collapsed and trimmed', () => {
    const chars = fc.constantFrom(...'ab é\t\n\r\u00a0\u2003\u3000\ufeff\u2028中'.split(''));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(chars).map((list) => list.join('')),
        ),
        (text) => collapsedLength(text) === text.replace(/\s+/g, ' ').trim().length,
      ),
      { numRuns: 2_000 },
    );
  });

  it('take as spaces exactly the characters \\s matches', () => {
    const mismatches: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const char = String.fromCharCode(code);
      const space = /\s/.test(char);
      if ((collapsedLength(char) === 0) !== space || (weightedLength(char) === 0) !== space) {
        mismatches.push(code.toString(16));
      }
    }
    expect(mismatches).toEqual([]);
  });
});
