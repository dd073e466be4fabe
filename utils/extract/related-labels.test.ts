import { describe, expect, it } from 'vitest';
import { isRelatedLabel } from './related-labels';

describe('isRelatedLabel', () => {
  it.each([
    'Related Articles',
    'More from CNN',
    'Lee también:',
    '» Читайте также',
    'Больше по теме',
    'Читайте також:',
    '相关阅读',
    '관련 기사',
    'İlgili Haberler',
    'İLGİLİ HABERLER',
    'Baca Juga:',
    'Tin liên quan',
    'ये भी पढ़ें',
    'ข่าวที่เกี่ยวข้อง',
    'In this series',
    'This story is part of “The Changing Coast”',
  ])('%j labels a related block', (label) => {
    expect(isRelatedLabel(label)).toBe(true);
  });

  it.each([
    'The council related the bridge repairs to the budget',
    'Weather',
    '',
    'Related: '.repeat(10),
  ])('%j does not', (text) => {
    expect(isRelatedLabel(text)).toBe(false);
  });
});
