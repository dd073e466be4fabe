import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { countDescendants, descendants, isInsideAny } from './dom-walk';
import { resolveBaseUrl, resolvePageUrl, siteOf, statedCanonical } from './page-url';
import { directionOfText, isRtlLanguage } from './text-direction';
import { findArticleRoot, reducedPage } from './large-page';
import { LIMITS } from './limits';

function doc(html: string, url = 'https://x.example/a/b'): Document {
  return new JSDOM(html, { url }).window.document;
}

describe('dom-walk', () => {
  it('lists descendants in document order, counts with an early stop, tests ancestry', () => {
    const page = doc('<body><div id="a"><p id="b"></p></div><span id="c"></span></body>');
    expect(descendants(page.body).map((element) => element.id)).toEqual(['a', 'b', 'c']);
    expect(countDescendants(page.body)).toBe(3);
    expect(countDescendants(page.body, 1)).toBe(2);
    expect(isInsideAny(page.getElementById('b')!, new Set([page.getElementById('a')!]))).toBe(true);
    expect(isInsideAny(page.getElementById('c')!, new Set([page.getElementById('a')!]))).toBe(
      false,
    );
  });
});

describe('page URLs', () => {
  it('states a canonical address only on the same site (an AMP or mobile host included)', () => {
    const page = (href: string) => doc(`<head><link rel="canonical" href="${href}"></head>`);
    const at = 'https://amp.news.example.co.uk/story-1?ref=x';
    expect(statedCanonical(page('https://www.news.example.co.uk/story-1'), at)).toBe(
      'https://www.news.example.co.uk/story-1',
    );
    expect(statedCanonical(page('/story-1'), at)).toBe('https://amp.news.example.co.uk/story-1');
    // Another site's story: ignored, or a page could overwrite that story's saved copy.
    expect(statedCanonical(page('https://bank.example.com/story-1'), at)).toBeNull();
    expect(statedCanonical(page('javascript:alert(1)'), at)).toBeNull();
    expect(statedCanonical(doc('<p>none</p>'), at)).toBeNull();
    expect(statedCanonical(page('https://x.example/a'), 'file:///tmp/page.html')).toBeNull();
  });

  it('prefers the given URL, then canonical, then og:url, then the document URL', () => {
    const withBoth = doc(
      '<head><link rel="canonical" href="/canonical"><meta property="og:url" content="https://x.example/og"></head>',
    );
    expect(resolvePageUrl(withBoth, 'https://given.example/')).toBe('https://given.example/');
    expect(resolvePageUrl(withBoth, null)).toBe('https://x.example/canonical');
    expect(
      resolvePageUrl(
        doc('<head><meta property="og:url" content="https://x.example/og"></head>'),
        null,
      ),
    ).toBe('https://x.example/og');
    expect(resolvePageUrl(doc('<p>x</p>'), null)).toBe('https://x.example/a/b');
  });

  it('resolves links against the page’s own <base>', () => {
    expect(resolveBaseUrl(doc('<head><base href="/root/"></head>'), 'https://x.example/a/b')).toBe(
      'https://x.example/root/',
    );
    expect(resolveBaseUrl(doc('<p>x</p>'), 'https://x.example/a/b')).toBe('https://x.example/a/b');
  });
});

describe('text direction', () => {
  it('is right-to-left when most letters are Arabic or Hebrew', () => {
    expect(directionOfText('افتتاح أول محطة لتحلية المياه')).toBe('rtl');
    expect(directionOfText('שלום עולם, hello')).toBe('rtl');
    expect(directionOfText('Hello world')).toBe('ltr');
    expect(directionOfText('1234')).toBe('ltr');
    expect(isRtlLanguage('ar-EG')).toBe(true);
    expect(isRtlLanguage('en')).toBe(false);
  });
});

describe('sites', () => {
  it('groups hosts by registrable domain', () => {
    expect(siteOf('novokuznetsk.4geo.ru')).toBe('4geo.ru');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(siteOf('example.com')).toBe('example.com');
  });
});

describe('large pages', () => {
  it('find their article element and read it as a reduced page with the head facts', () => {
    const page = doc(
      '<head><title>T</title><meta property="og:site_name" content="S"><script type="application/ld+json">{"@type":"NewsArticle"}</script><script>evil()</script></head><body><nav><a href="/">x</a></nav><article><h1>T</h1><p>One.</p><p>Two.</p></article></body>',
    );
    const root = findArticleRoot(page, LIMITS);
    expect(root?.localName).toBe('article');
    const reduced = reducedPage(page, root!, { baseUrl: 'https://x.example/', limits: LIMITS });
    expect(reduced.body.textContent).toBe('TOne.Two.');
    expect(reduced.querySelector('meta[property="og:site_name"]')).not.toBeNull();
    expect(reduced.querySelectorAll('script')).toHaveLength(1);
  });
});
