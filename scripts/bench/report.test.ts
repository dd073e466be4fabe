import { describe, expect, it } from 'vitest';
import { fixed, median, quantile, sideBySide, table, timingColumns } from './report';
import { deepPage, largeNewsPage } from './generated-pages';

describe('bench statistics and tables', () => {
  it('median, nearest-rank quantiles and fixed digits', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(fixed(Number.NaN)).toBe('—');
    expect(
      sideBySide({ f1: 1, precision: 0.5, recall: 0.25 }, { f1: 0, precision: 0, recall: 0 }),
    ).toEqual(['1.000', '0.500', '0.250', '0.000', '0.000', '0.000']);
  });

  it('times side by side: medians, p95, max, ratio of medians, median page ratio', () => {
    // Page 3's anchor took no time: it is left out of the per-page ratios, not divided by.
    expect(timingColumns([2, 4, 9], [1, 4, 0])).toEqual([
      '4.0',
      '9.0',
      '9.0',
      '1.0',
      '4.0',
      '4.0',
      '4.00',
      '1.50',
    ]);
  });

  it('lines up a table under its header', () => {
    expect(
      table([
        ['a', 'bb'],
        ['ccc', 'd'],
      ]),
    ).toBe('a    bb\n---  --\nccc  d');
  });
});

describe('generated pathological pages', () => {
  it('the large page has about 50,000 elements and the deep page 2,000 levels', () => {
    const elements = (largeNewsPage().match(/<[a-z]/g) ?? []).length;
    expect(elements).toBeGreaterThan(45_000);
    expect(elements).toBeLessThan(55_000);
    expect((deepPage().match(/<div>/g) ?? []).length).toBe(2000);
  });
});
