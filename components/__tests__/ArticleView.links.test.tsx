import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { ArticleView } from '../ArticleView';
import { cleanup, mount } from './render';

// jsdom lays nothing out and has no scrollIntoView: each test puts a recording one in.
const scrolled: Element[] = [];
beforeEach(() => {
  scrolled.length = 0;
  Element.prototype.scrollIntoView = function (this: Element) {
    scrolled.push(this);
  };
});
afterEach(() => {
  cleanup();
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

const PAGE = 'https://news.example.com/2025/06/harbour-flood';
// What the core gives for a footnote: the mark's link resolved against the page, ids prefixed.
const CONTENT =
  `<div><p>The tide rose.<sup id="user-content-fnref1"><a href="${PAGE}#fn1" target="_blank" rel="noopener noreferrer">1</a></sup></p>` +
  `<p>See <a href="https://elsewhere.example/report#fn1" target="_blank" rel="noopener noreferrer">the report</a>.</p>` +
  `<ol><li id="user-content-fn1">Measured at the quay. <a href="${PAGE}#fnref1" target="_blank" rel="noopener noreferrer">↩</a></li></ol></div>`;

function press(link: Element, init: MouseEventInit = {}): MouseEvent {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true, ...init });
  act(() => {
    link.dispatchEvent(event);
  });
  return event;
}

describe('links within the article', () => {
  it('take the reader to the footnote and back, with focus, instead of opening the page', () => {
    const view = mount(<ArticleView result={fixtureResult({ url: PAGE })} html={CONTENT} />);
    const body = view.get('article-body');
    const mark = body.querySelector('sup a')!;
    expect(press(mark).defaultPrevented).toBe(true);
    const note = body.querySelector('li')!;
    expect(scrolled).toEqual([note]);
    expect(document.activeElement).toBe(note);
    expect(press(note.querySelector('a')!).defaultPrevented).toBe(true);
    expect(scrolled[1]).toBe(body.querySelector('sup'));
  });

  it('leave other links, and clicks with a key held, to the browser', () => {
    const view = mount(<ArticleView result={fixtureResult({ url: PAGE })} html={CONTENT} />);
    const body = view.get('article-body');
    const outside = press(body.querySelectorAll('a')[1]!);
    expect(outside.defaultPrevented).toBe(false);
    const withKey = press(body.querySelector('sup a')!, { ctrlKey: true });
    expect(withKey.defaultPrevented).toBe(false);
    expect(scrolled).toEqual([]);
  });
});
