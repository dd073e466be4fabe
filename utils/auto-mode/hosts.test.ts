import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { keyAndParents, pageOrigin, siteKey, siteKeyOfInput, siteOrigins } from './hosts';

describe('siteKey', () => {
  it.each([
    ['www.bbc.co.uk', 'bbc.co.uk'],
    ['WWW.Example.COM.', 'example.com'],
    ['news.bbc.co.uk', 'news.bbc.co.uk'],
    ['www2.example.com', 'www2.example.com'],
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
    ['xn--bcher-kva.example', 'xn--bcher-kva.example'],
  ])('%s -> %s', (host, key) => expect(siteKey(host)).toBe(key));

  it.each(['', 'com', '-bad.com', 'a b.com', 'exa_mple.com', `${'a'.repeat(64)}.com`])(
    'refuses %j',
    (host) => expect(siteKey(host)).toBeNull(),
  );

  it.each([
    ['https://www.lemonde.fr/article', 'lemonde.fr'],
    ['lemonde.fr', 'lemonde.fr'],
    [' www.spiegel.de/politik ', 'spiegel.de'],
    ['http://127.0.0.1:8080/x', '127.0.0.1'],
    ['javascript:alert(1)', null],
    ['ftp://example.com/', null],
    ['', null],
  ])('input %j -> %j', (input, key) => expect(siteKeyOfInput(input)).toBe(key));
});

describe('siteOrigins', () => {
  it('covers the site and its subdomains over https and http', () => {
    const patterns = siteOrigins('bbc.co.uk').map((origin) => new MatchPattern(origin));
    for (const url of [
      'https://www.bbc.co.uk/news/1',
      'http://bbc.co.uk/',
      'https://a.b.bbc.co.uk/',
    ])
      expect(patterns.some((pattern) => pattern.includes(url))).toBe(true);
    expect(patterns.some((pattern) => pattern.includes('https://notbbc.co.uk/'))).toBe(false);
  });

  it('takes no wildcard for IP addresses and localhost', () => {
    expect(siteOrigins('127.0.0.1')).toEqual(['https://127.0.0.1/*', 'http://127.0.0.1/*']);
  });
});

it('lists a key and its parents, most specific first', () => {
  expect(keyAndParents('news.bbc.co.uk')).toEqual(['news.bbc.co.uk', 'bbc.co.uk', 'co.uk']);
  expect(keyAndParents('127.0.0.1')).toEqual(['127.0.0.1']);
});

it('asks about exactly the page host, without port', () => {
  expect(pageOrigin('http://127.0.0.1:4000/a?b#c')).toBe('http://127.0.0.1/*');
  expect(pageOrigin('chrome://settings')).toBeNull();
});
