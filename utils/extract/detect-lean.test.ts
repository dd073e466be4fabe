import { describe, expect, it } from 'vitest';
import { detectLean } from './detect-lean.ts';

/** Pages the fixtures do not cover; tests/detect-agreement.test.ts holds it to the full detector. */
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

const SENTENCE =
  'The council met on Thursday to weigh a plan for the river crossing, which has been closed ' +
  'since the spring floods damaged two of its piers and left the town without its main road.';
const URL = 'https://www.example-news.test/world/2025/06/12/river-crossing-closed-after-floods';

describe('detectLean', () => {
  it('accepts a story, and gives no reasons (the reader shows the full detector’s)', () => {
    const doc = parse(`<body><article><h1>River</h1>${`<p>${SENTENCE}</p>`.repeat(6)}</article>`);
    expect(detectLean(doc, URL)).toEqual({ isArticle: true, reasons: [] });
  });

  it('measures text split by <br> and text in blocks without paragraphs', () => {
    const split = parse(`<body><div class="txt">${Array(6).fill(SENTENCE).join('<br><br>')}</div>`);
    expect(detectLean(split, 'https://x.test/news/show.aspx?id=123456').isArticle).toBe(true);
    const cells = parse(`<body><table>${`<tr><td>${SENTENCE}</td></tr>`.repeat(6)}</table>`);
    expect(detectLean(cells, 'https://x.test/news/show.aspx?id=123456').isArticle).toBe(true);
  });

  it('does not count text in navigation, hidden blocks or links', () => {
    const doc = parse(`<body><nav>${`<p>${SENTENCE}</p>`.repeat(6)}</nav>
      <div hidden>${`<p>${SENTENCE}</p>`.repeat(6)}</div>
      <ul>${`<li><a href="/a">${SENTENCE}</a></li>`.repeat(6)}</ul></body>`);
    expect(detectLean(doc, 'https://x.test/about').isArticle).toBe(false);
  });

  it('rejects search results and a login page', () => {
    const results = parse(`<body>${`<p>${SENTENCE}</p>`.repeat(3)}</body>`);
    expect(detectLean(results, 'https://x.test/search?q=floods').isArticle).toBe(false);
    const login = parse(`<body><form><input type="password"><p>${SENTENCE}</p></form></body>`);
    expect(detectLean(login, 'https://x.test/2025/06/12/login').isArticle).toBe(false);
  });

  it.each([
    ['an empty document', ''],
    ['a body with nothing in it', '<html><body></body></html>'],
  ])('says no for %s', (_name, html) => {
    expect(detectLean(parse(html), URL).isArticle).toBe(false);
  });

  it('copes with a deep page and a bad URL, and leaves the document as it was', () => {
    const doc = parse('<div>'.repeat(1200) + `<p>${SENTENCE}</p>` + '</div>'.repeat(1200));
    const before = doc.documentElement.outerHTML;
    expect(() => detectLean(doc, 'not a url')).not.toThrow();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
