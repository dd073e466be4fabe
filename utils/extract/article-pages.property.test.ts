import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findArticlePages } from './article-pages';

/**
 * Whatever links a page holds, what findArticlePages says is a place a person can be sent: an
 * http(s) page of the same site that is not this very page, numbered sensibly. Links come from
 * pools of the shapes that matter (page markers of each kind, other stories, other hosts,
 * comment pages, scripts) under labels of each kind (numbers, next/previous words, arrows).
 */
const PAGE = 'https://news.example/reviews/e-bikes/';

const HREFS = [
  '?page=1', '?page=2', '?page=3', '?page=0', '?p=2', '?page=2#top', '2/', '3/', 'page/2/',
  '/reviews/e-bikes-2/', '/reviews/folding-bikes/', 'https://other.example/reviews/e-bikes/?page=2',
  '?cpage=2#comments', 'comment-page-2/', 'javascript:next()', '#', '', './', '/', '?page=99',
  '?page=2&utm_source=x', 'mailto:x@news.example', 'HTTPS://NEWS.EXAMPLE/reviews/e-bikes/?page=3',
]; // prettier-ignore
const LABELS = [
  '0', '1', '2', '3', '12', 'Next', 'Next ›', 'Next post: Bikes', 'Previous', '« Prev', '›', '‹',
  '', 'View as a single page', 'Page 2', '第2页', 'Continue', 'weiter', 'Read more', '2 comments',
]; // prettier-ignore

const linkArbitrary = fc.record({
  href: fc.constantFrom(...HREFS),
  label: fc.constantFrom(...LABELS),
  rel: fc.constantFrom('', 'next', 'prev', 'nofollow'),
  aria: fc.constantFrom('', 'Next page', 'Previous page'),
});

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

describe('article pages, whatever the links', () => {
  it('point only at other pages of this site, over http(s), with sensible numbers', () => {
    fc.assert(
      fc.property(
        fc.array(linkArbitrary, { maxLength: 12 }),
        fc.constantFrom(PAGE, `${PAGE}?page=2`),
        (links, here) => {
          const body = links
            .map(
              ({ href, label, rel, aria }) =>
                `<a href="${escape(href)}"${rel ? ` rel="${rel}"` : ''}${aria ? ` aria-label="${aria}"` : ''}>${escape(label)}</a>`,
            )
            .join(' ');
          const doc = new JSDOM(`<body><h1>Story</h1><p>Text.</p><div>${body}</div></body>`, {
            url: here,
          }).window.document;
          const pages = findArticlePages(doc, here, here);
          if (!pages) return;
          const self = new URL(here);
          for (const url of [pages.next, pages.previous, pages.singlePage]) {
            if (url === null) continue;
            const parsed = new URL(url);
            expect(parsed.protocol).toBe('https:');
            expect(parsed.host).toBe(self.host);
          }
          for (const url of [pages.next, pages.previous]) {
            if (url === null) continue;
            const parsed = new URL(url);
            expect(parsed.pathname + parsed.search).not.toBe(self.pathname + self.search);
            expect(parsed.href).not.toMatch(/comment/i);
          }
          expect(pages.next ?? pages.previous).not.toBeNull();
          expect(Number.isInteger(pages.current) && pages.current >= 1).toBe(true);
          if (pages.total !== null) expect(pages.total).toBeGreaterThanOrEqual(pages.current);
        },
      ),
      { numRuns: 300 },
    );
  });
});
