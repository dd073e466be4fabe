import { describe, expect, it } from 'vitest';
import { absoluteHttpUrl, documentBase, pageKey } from './url-key.ts';
import { classifyUrl } from './url-shape.ts';

describe('classifyUrl', () => {
  it.each([
    ['https://www.example-news.test/', 'home'],
    ['https://www.example-news.test/index.html', 'home'],
    ['https://www.example-news.test/es/', 'home'],
    ['https://www.example-news.test/search?q=peru', 'search'],
    ['https://blog.example.test/?s=prisons', 'search'],
    ['https://www.example-news.test/suche/?query=wahl', 'search'],
    ['https://www.example-news.test/tag/peru/', 'listing'],
    ['https://www.example-news.test/author/jane-doe', 'listing'],
    ['https://www.example-news.test/category/world/page/2/', 'listing'],
    ['https://www.example-news.test/feed/', 'listing'],
    ['https://www.example-news.test/world/', 'section'],
    ['https://www.example-news.test/world/europe/', 'section'],
    ['https://www.example-news.test/noticias/', 'section'],
    ['https://www.example-news.test/about', 'short-path'],
    ['https://www.example-news.test/2025/06/12/peru-prisoners/', 'article'],
    ['https://www.example-news.test/world/peru-weighs-sending-prisoners-to-el-salvador', 'article'],
    ['https://www.example-news.test/news/30194440/detail.html', 'article'],
    ['https://blog.example.test/?p=1234', 'article'],
    ['https://www.example-news.test/theguardian/2024/mar/02/joe-biden', 'article'],
    // A story filed under a category keeps its own slug.
    [
      'https://www.example-news.test/category/politics/peru-weighs-sending-prisoners-abroad/',
      'article',
    ],
  ])('%s is %s', (url, kind) => {
    expect(classifyUrl(url).kind).toBe(kind);
  });

  it('says why, as reason codes', () => {
    expect(classifyUrl('https://x.test/2025/06/12/a-long-story-slug-here').evidence).toEqual([
      { code: 'url-date' },
      { code: 'url-slug' },
    ]);
    expect(classifyUrl('https://x.test/world/').evidence).toEqual([
      { code: 'url-section', value: '/world/' },
    ]);
  });

  it.each(['', 'not a url', 'javascript:alert(1)', 'data:text/html,hi', 'file:///tmp/a.html'])(
    '%j is unknown',
    (url) => {
      expect(classifyUrl(url)).toEqual({ kind: 'unknown', evidence: [] });
    },
  );
});

describe('pageKey', () => {
  it('ignores the hash, a trailing slash, www. and tracking parameters', () => {
    expect(pageKey('https://www.example.test/a/story/?utm_source=x#comments')).toBe(
      pageKey('https://example.test/a/story'),
    );
  });

  it('keeps meaningful query parameters', () => {
    expect(pageKey('https://x.test/article.php?id=1')).not.toBe(
      pageKey('https://x.test/article.php?id=2'),
    );
  });
});

describe('absoluteHttpUrl and documentBase', () => {
  it('resolves against the page URL and honours <base href>', () => {
    const doc = new DOMParser().parseFromString(
      '<head><base href="/news/"></head><body></body>',
      'text/html',
    );
    const base = documentBase(doc, 'https://x.test/2025/story.html');
    expect(base).toBe('https://x.test/news/');
    expect(absoluteHttpUrl('other.html', base)?.href).toBe('https://x.test/news/other.html');
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,x', '#top', '', null])(
    'drops %j',
    (href) => {
      expect(absoluteHttpUrl(href, 'https://x.test/')).toBeNull();
    },
  );
});
