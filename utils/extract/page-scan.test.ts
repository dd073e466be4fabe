import { describe, expect, it } from 'vitest';
import { loadFixturePages } from '../../tests/fixture-pages.ts';
import { scanPage } from './page-scan.ts';
import { withElementList } from './dom-walk.ts';

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('scanPage', () => {
  it('finds the same things walking the page as walking the read’s index of it', () => {
    const handMade = `<html><head><meta property="og:type" content="article"></head><body>
      <header class="masthead"><h2><a href="/">Site</a></h2></header>
      <main><article><h1>Title</h1><p>One<br>two</p><p></p><div>Inline <b>only</b></div>
      <ul><li>Item <a href="/x">link</a></li></ul><my-widget><p>custom</p></my-widget></article>
      <article itemtype="https://schema.org/NewsArticle"><h3><a href="/y">Teaser</a></h3></article>
      <form><input type="password"><button>Go</button></form></main>
      <aside role="complementary"><p>aside</p></aside><footer><p>footer</p></footer></body></html>`;
    const pages = [...loadFixturePages().map((page) => page.html), handMade, '<html></html>'];
    for (const html of pages) {
      const doc = parse(html);
      const walked = scanPage(doc);
      const indexed = withElementList(doc, () => scanPage(doc));
      expect(indexed).toEqual(walked);
      // Same elements, not only equal-looking ones.
      expect(indexed.paragraphs.map((p) => p.element)).toEqual(
        walked.paragraphs.map((p) => p.element),
      );
      expect(indexed.headlines.flat().every((e, i) => e === walked.headlines.flat()[i])).toBe(true);
    }
    const scan = scanPage(parse(handMade));
    expect(scan.articles).toHaveLength(2);
    expect(scan.ogType).toBe('article');
    expect(scan.password).toBe(true);
    expect(scan.itemTypes).toEqual(['https://schema.org/NewsArticle']);
  });
});
