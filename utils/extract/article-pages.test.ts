import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { findArticlePages } from './article-pages';
import type { RemovalKind } from './types';

const STORY = 'https://news.example/reviews/budget-e-bikes/';

function pagesOf(body: string, url = STORY, head = '') {
  const doc = new JSDOM(`<head>${head}</head><body><h1>Story</h1><p>Text.</p>${body}</body>`, {
    url,
  }).window.document;
  return findArticlePages(doc, url, url);
}

describe('article pages', () => {
  it('finds page 1 of 3 from numbered links and a "Next" link with a page parameter', () => {
    expect(
      pagesOf(`<div>Page 1 of 3 <span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a>
        <a href="?page=2">Next ›</a></div><p><a href="?view=all">View as a single page</a></p>`),
    ).toEqual({
      current: 1,
      total: 3,
      next: `${STORY}?page=2`,
      previous: null,
      singlePage: `${STORY}?view=all`,
    });
  });

  it('finds a middle page: the first page is the address without a page in it', () => {
    expect(
      pagesOf(
        `<nav><a href="/reviews/budget-e-bikes/">« Previous</a> <a href="/reviews/budget-e-bikes/">1</a>
        <b>2</b> <a href="?page=3">3</a> <a href="?page=3">Next page</a></nav>`,
        `${STORY}?page=2`,
      ),
    ).toEqual({
      current: 2,
      total: 3,
      next: `${STORY}?page=3`,
      previous: STORY,
      singlePage: null,
    });
  });

  it('finds the last page, with no next page', () => {
    expect(
      pagesOf(
        `<a href="?page=2">‹ Previous</a> <a href="./">1</a> <a href="?page=2">2</a> <span>3</span>`,
        `${STORY}?page=3`,
      ),
    ).toMatchObject({ current: 3, total: 3, next: null, previous: `${STORY}?page=2` });
  });

  it('reads page numbers in the path and in the file name', () => {
    expect(pagesOf(`<a href="2/">2</a> <a href="2/">Continue »</a>`)).toMatchObject({
      current: 1,
      next: `${STORY}2/`,
    });
    const chinese = 'https://news.example/policy/2025-06/12/content_24428968.htm';
    expect(
      pagesOf(
        `<div>1 <a href="content_24428968_2.htm">2</a> <a href="content_24428968_2.htm">下一页</a></div>`,
        chinese,
      ),
    ).toMatchObject({
      current: 1,
      total: 2,
      next: 'https://news.example/policy/2025-06/12/content_24428968_2.htm',
    });
  });

  it('takes the link numbered 2 as the next page where the second page is numbered from 0', () => {
    const page = 'https://finance.example/rolling/t20250612_16685392.shtml';
    expect(pagesOf(`<div>1,<a href="t20250612_16685392_1.shtml">2</a></div>`, page)).toMatchObject({
      current: 1,
      total: 2,
      next: 'https://finance.example/rolling/t20250612_16685392_1.shtml',
    });
  });

  it('reads an arrow by its label, "1" spelt out as ?page=1, and a windowed list of pages', () => {
    expect(
      pagesOf(
        `<a href="?page=1">1</a> <a href="?page=2">2</a> <a href="?page=2" aria-label="Next page">›</a>`,
      ),
    ).toMatchObject({
      current: 1,
      total: 2,
      next: `${STORY}?page=2`,
    });
    const numbers = [1, 5, 6, 8, 9, 20].map((n) => `<a href="?page=${n}">${n}</a>`).join(' … ');
    expect(pagesOf(numbers, `${STORY}?page=7`)).toMatchObject({
      current: 7,
      total: 20,
      next: `${STORY}?page=8`,
      previous: `${STORY}?page=6`,
    });
  });

  it('takes <link rel=next> only when it is a page of this story', () => {
    expect(pagesOf('', STORY, `<link rel="next" href="${STORY}?page=2">`)).toMatchObject({
      current: 1,
      next: `${STORY}?page=2`,
    });
    // WordPress's link to the newer post.
    expect(
      pagesOf('', STORY, '<link rel="next" href="https://news.example/reviews/folding-bikes/">'),
    ).toBeNull();
  });

  it('is null for links to other stories, dates, and comment pages', () => {
    expect(
      pagesOf(`<a href="/reviews/folding-bikes/">Next post: Folding bikes »</a>
        <a href="/reviews/budget-e-bikes-2/">Next »</a>`),
    ).toBeNull();
    const dated = 'https://news.example/archive/2025/06/12';
    expect(
      pagesOf(
        `<table><tr><td><a href="/archive/2025/06/11">11</a></td><td><a href="/archive/2025/06/13">13</a></td></tr></table>`,
        dated,
      ),
    ).toBeNull();
    expect(
      pagesOf(`<a href="?cpage=2#comments">2</a> <a href="comment-page-2/#comments">Next »</a>`),
    ).toBeNull();
    expect(pagesOf('<a href="https://www.facebook.com/sharer.php?u=x&page=2">Next</a>')).toBeNull();
    // A blog with plain addresses numbers its posts with ?p=: the next post is not page 124.
    expect(
      pagesOf('<a href="/?p=124" rel="next">Next post »</a>', 'https://blog.example/?p=123'),
    ).toBeNull();
  });

  it('leaves out links in or after the comments, whose pages are the thread’s', () => {
    const doc = new JSDOM(
      `<body><h1>Story</h1><p>Text.</p><div id="thread"><p>A comment.</p></div>
      <div><a href="?page=2">Next »</a></div></body>`,
      { url: STORY },
    ).window.document;
    const clutter = new Map<Element, RemovalKind>([[doc.getElementById('thread')!, 'comments']]);
    expect(findArticlePages(doc, STORY, STORY, clutter)).toBeNull();
    expect(findArticlePages(doc, STORY, STORY)).toMatchObject({ next: `${STORY}?page=2` });
  });
});
