import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { ArticleView } from '../ArticleView';
import { ArticlePagesNav } from '../ArticlePages';
import { cleanup, click, mount } from './render';

afterEach(cleanup);

const STORY = 'https://news.example.com/review/';
const pages = {
  current: 2,
  total: 3,
  next: `${STORY}?page=3`,
  previous: STORY,
  singlePage: `${STORY}?view=all`,
};

describe('ArticlePagesNav', () => {
  it('says which page this is and links the next, previous and one-page view, labelled', () => {
    const view = mount(<ArticlePagesNav pages={pages} />);
    const nav = view.get('article-pages');
    expect(nav.localName).toBe('nav');
    expect(nav.getAttribute('aria-label')).toBe('Pages of this article');
    expect(view.get('article-pages-position').textContent).toBe('Page 2 of 3');
    const links = Array.from(nav.querySelectorAll('a')).map((a) => [a.textContent, a.href]);
    expect(links).toEqual([
      ['Previous page', STORY],
      ['Next page', `${STORY}?page=3`],
      ['Whole article on one page', `${STORY}?view=all`],
    ]);
    // Without a way to turn the tab's page, the links open a new tab, with no opener.
    const next = view.get<HTMLAnchorElement>('article-pages-next');
    expect(next.target).toBe('_blank');
    expect(next.rel.split(' ')).toEqual(expect.arrayContaining(['next', 'noopener', 'noreferrer']));
  });

  it('leaves out what the page does not have, and says only the number when the total is unknown', () => {
    const view = mount(
      <ArticlePagesNav
        pages={{
          current: 1,
          total: null,
          next: `${STORY}?page=2`,
          previous: null,
          singlePage: null,
        }}
      />,
    );
    expect(view.get('article-pages-position').textContent).toBe('Page 1');
    expect(view.query('article-pages-previous')).toBeNull();
    expect(view.query('article-pages-single')).toBeNull();
  });

  it('turns the page in this tab on a plain click, and lets a modified click open a tab', () => {
    const open = vi.fn();
    const view = mount(<ArticlePagesNav pages={pages} onOpenPage={open} />);
    const next = view.get<HTMLAnchorElement>('article-pages-next');
    expect(next.target).toBe('');
    click(next);
    expect(open).toHaveBeenCalledWith(`${STORY}?page=3`);
    const modified = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    act(() => {
      next.dispatchEvent(modified);
    });
    expect(open).toHaveBeenCalledTimes(1);
    expect(modified.defaultPrevented).toBe(false);
  });

  it('comes under the article only when the story goes on over pages', () => {
    const single = mount(<ArticleView result={fixtureResult()} html={fixtureResult().content} />);
    expect(single.query('article-pages')).toBeNull();
    const split = mount(
      <ArticleView result={fixtureResult({ pages })} html={fixtureResult().content} />,
    );
    const article = split.get('reader-article');
    expect(article.lastElementChild?.getAttribute('data-testid')).toBe('article-pages');
  });
});
