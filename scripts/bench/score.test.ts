import { describe, expect, it } from 'vitest';
import { aggregate, scorePage, shingles, titleMatches, tokenize } from './score';

describe('tokenize (Python re \\w+)', () => {
  it('splits on punctuation and whitespace, keeps case, letters of every script and digits', () => {
    expect(tokenize('Hello, world! Привет мир_2 — 12.5% Ελλάδα')).toEqual([
      'Hello',
      'world',
      'Привет',
      'мир_2',
      '12',
      '5',
      'Ελλάδα',
    ]);
  });

  it('treats a run of Han characters between punctuation as one token', () => {
    expect(tokenize('秘鲁考虑，把囚犯送往萨尔瓦多。')).toEqual(['秘鲁考虑', '把囚犯送往萨尔瓦多']);
  });

  it('splits on combining marks, as Python does', () => {
    expect(tokenize('cafe\u0301 ok')).toEqual(['cafe', 'ok']);
  });
});

describe('shingles', () => {
  it('makes every window of four tokens, counted with multiplicity', () => {
    const s = shingles(['a', 'b', 'c', 'd', 'a', 'b', 'c', 'd']);
    expect([...s.values()].reduce((x, y) => x + y, 0)).toBe(5);
    expect(s.size).toBe(4);
  });

  it('gives one short shingle for 1–3 tokens and none for no tokens', () => {
    expect(shingles(['a', 'b']).size).toBe(1);
    expect(shingles([]).size).toBe(0);
  });
});

describe('scorePage', () => {
  it('scores an exact extraction 1 and exact', () => {
    const s = scorePage('One two three four five.', 'One two three four five');
    expect(s).toMatchObject({ precision: 1, recall: 1, f1: 1, exact: true, nonEmpty: true });
  });

  it('counts extra and missing shingles', () => {
    // label: 6 tokens → 3 shingles; extraction adds 2 tokens at the end → 5 shingles, 3 shared.
    const s = scorePage('a b c d e f g h', 'a b c d e f');
    expect(s.precision).toBeCloseTo(3 / 5);
    expect(s.recall).toBe(1);
    expect(s.exact).toBe(false);
  });

  it('is case-sensitive', () => {
    expect(scorePage('A b c d', 'a b c d').recall).toBe(0);
  });

  it('marks an empty extraction', () => {
    expect(scorePage('  … ', 'a b c d').nonEmpty).toBe(false);
  });
});

describe('aggregate', () => {
  it('averages precision over non-empty pages only, recall over all, F1 of the averages', () => {
    const pages = [scorePage('a b c d e f g h', 'a b c d e f'), scorePage('', 'x y z w')];
    const set = aggregate(pages);
    expect(set.precision).toBeCloseTo(3 / 5);
    expect(set.recall).toBeCloseTo(0.5);
    expect(set.f1).toBeCloseTo((2 * 0.6 * 0.5) / 1.1);
    expect(set.empty).toBe(1);
    expect(set.accuracy).toBe(0);
  });
});

describe('titleMatches', () => {
  it('sets aside case, spacing and quote style, nothing else', () => {
    expect(
      titleMatches('Naturopaths vs. "stayin\' alive"', 'Naturopaths  vs. “stayin’ alive”'),
    ).toBe(true);
    expect(titleMatches('FLU VACCINE still available', 'Flu vaccine still available')).toBe(true);
    expect(
      titleMatches('Flu Vaccine Still Available | Article', 'Flu Vaccine Still Available'),
    ).toBe(false);
    expect(titleMatches('', '')).toBe(false);
  });
});
