import { describe, expect, it } from 'vitest';
import { canonicalizeUrl, siteKeyOf } from './canonical-url';

describe('canonicalizeUrl', () => {
  it.each([
    ['https://EXAMPLE.com/Path?a=1#frag', 'https://example.com/Path?a=1'],
    ['https://example.com/a?utm_source=x&utm_medium=y&id=3', 'https://example.com/a?id=3'],
    ['https://example.com/a?fbclid=abc', 'https://example.com/a'],
    ['https://example.com/a?gclid=1&UTM_Campaign=z', 'https://example.com/a'],
    ['https://example.com:443/a', 'https://example.com/a'],
    ['  https://example.com/a  ', 'https://example.com/a'],
    ['https://example.com/a?q=a+b', 'https://example.com/a?q=a+b'],
    ['https://example.com/a?q=a%20b&mc_cid=1', 'https://example.com/a?q=a+b'],
    ['https://例え.jp/記事', 'https://xn--r8jz45g.jp/%E8%A8%98%E4%BA%8B'],
    ['not a url', 'not a url'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalizeUrl(input)).toBe(expected);
  });

  it('is idempotent', () => {
    const once = canonicalizeUrl('https://Example.com/x?utm_source=a&b=2#top');
    expect(canonicalizeUrl(once)).toBe(once);
  });
});

describe('siteKeyOf', () => {
  it('drops www. and keeps the host', () => {
    expect(siteKeyOf('https://www.example.org/a')).toBe('example.org');
    expect(siteKeyOf('nope')).toBe('');
  });
});
