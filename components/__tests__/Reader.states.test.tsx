import { afterEach, describe, expect, it } from 'vitest';
import type { ReadResult } from '../../utils/extract/types';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { bodyTexts, mountReader } from './reader-harness';
import { cleanup, click } from './render';

afterEach(cleanup);

describe('Reader states', () => {
  it('shows a calm skeleton while loading, with the toolbar to close', () => {
    const view = mountReader({ state: { kind: 'loading' } });
    expect(view.get('reader-loading').getAttribute('aria-busy')).toBe('true');
    expect(view.get('reader-loading').textContent).toContain('Preparing the reader view');
    click(view.get('reader-close'));
    expect(view.onClose).toHaveBeenCalledOnce();
    expect(view.query('toggle-speech')).toBeNull();
  });

  it('takes focus on open so the keys work at once', () => {
    const view = mountReader();
    expect(document.activeElement).toBe(view.get('reader-root'));
  });

  it('shows the article: header, body with figure, in the page language and direction', () => {
    const view = mountReader();
    const article = view.get('reader-article');
    expect(article.getAttribute('lang')).toBe('en');
    expect(article.getAttribute('dir')).toBe('ltr');
    expect(view.get('article-title').textContent).toBe('The harbour flooded overnight');
    expect(bodyTexts(view.container)).toEqual([
      'The tide rose faster than anyone expected.',
      'A boat on the quay.',
      'Boats were pulled ashore before dark.',
      'By morning the water had gone.',
    ]);
    expect(view.container.querySelector('figure img')?.getAttribute('alt')).toBe(
      'A boat on the quay',
    );
  });

  it('renders an RTL page right to left', () => {
    const view = mountReader({ result: { lang: 'ar', dir: 'rtl', title: 'عنوان المقال' } });
    const article = view.get('reader-article');
    expect(article.getAttribute('dir')).toBe('rtl');
    expect(article.getAttribute('lang')).toBe('ar');
  });

  it('sanitizes the article HTML at the sink, even content that claims to be clean', () => {
    const view = mountReader({
      result: {
        content:
          '<p>Safe</p><img src=x onerror="window.__pwned=1"><a href="javascript:alert(1)">x</a><script>window.__pwned=2</script><iframe src="https://video.example/embed/1"></iframe>',
      },
    });
    const body = view.get('article-body');
    expect(body.innerHTML).not.toMatch(/onerror|javascript:|<script|<iframe/);
    expect(body.querySelector('a[href="https://video.example/embed/1"]')?.textContent).toBe(
      'Open embedded content on video.example',
    );
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows a failure with its message (page too large)', () => {
    const view = mountReader({
      result: {
        failure: 'too-large',
        message: 'The page has 80,000 elements; Lector stops at 30,000.',
        content: '',
      },
    });
    expect(view.get('reader-failure').textContent).toContain('This page is too large to simplify.');
    expect(view.get('reader-failure-message').textContent).toBe(
      'Details: The page has 80,000 elements; Lector stops at 30,000.',
    );
    expect(view.query('reader-article')).toBeNull();
    expect(view.query('reader-print')).toBeNull();
  });

  it('shows a page that could not be read at all', () => {
    const view = mountReader({
      state: { kind: 'error', message: 'Lector cannot reach this page.' },
    });
    expect(view.get('reader-failure').textContent).toContain(
      'Something went wrong while reading this page.',
    );
    expect(view.get('reader-failure-message').textContent).toContain(
      'Lector cannot reach this page.',
    );
  });
});

describe('Not an article', () => {
  const notArticle: Partial<ReadResult> = {
    isArticle: false,
    reasons: [{ code: 'url-home' }, { code: 'teasers', value: 24 }],
  };

  it('says so, lists the reasons in words, and shows the content on "Try anyway"', () => {
    const view = mountReader({ result: notArticle });
    expect(view.get('not-article').textContent).toContain("This page doesn't look like an article");
    const reasons = view.all('not-article-reasons')[0]!.querySelectorAll('li');
    expect(Array.from(reasons, (li) => li.textContent)).toEqual([
      'The URL is a home page',
      '24 headlines link to other pages',
    ]);
    expect(view.query('reader-article')).toBeNull();
    click(view.get('try-anyway'));
    expect(view.query('not-article')).toBeNull();
    expect(view.get('article-title').textContent).toBe('The harbour flooded overnight');
    expect(view.onTryAnyway).not.toHaveBeenCalled();
  });

  it('asks the caller to read again with force when there is no content yet', () => {
    const view = mountReader({ result: { ...notArticle, content: '' } });
    click(view.get('try-anyway'));
    expect(view.onTryAnyway).toHaveBeenCalledOnce();
    view.update({ state: { kind: 'ready', result: fixtureResult(notArticle), forced: true } });
    expect(view.get('reader-article')).toBeTruthy();
  });

  it("reasons' values (the page's own words) are text, not markup", () => {
    const reasons = [{ code: 'og-other', value: '<b onclick=x>bold</b>' } as const];
    const view = mountReader({ result: { isArticle: false, reasons } });
    expect(view.get('not-article-reasons').textContent).toBe('og:type is <b onclick=x>bold</b>');
    expect(view.get('not-article-reasons').querySelector('b')).toBeNull();
  });

  it('a new result starts un-forced', () => {
    const view = mountReader({ result: notArticle });
    click(view.get('try-anyway'));
    view.update({ state: { kind: 'ready', result: fixtureResult(notArticle) } });
    expect(view.get('not-article')).toBeTruthy();
  });
});

describe('Toolbar slots', () => {
  it('leaves out the save and site-rule slots when not given, and shows them when given', () => {
    const bare = mountReader();
    expect(bare.query('slot-save')).toBeNull();
    expect(bare.query('slot-site-rule')).toBeNull();
    expect(bare.query('toggle-site-rule')).toBeNull();
    const filled = mountReader({
      props: {
        saveControl: <button type="button">Save</button>,
        siteRuleControl: <button type="button">Always</button>,
      },
    });
    expect(filled.get('slot-save').textContent).toBe('Save');
    // The site rule is wider than a button: it opens from the toolbar in a popover.
    expect(filled.query('slot-site-rule')).toBeNull();
    const toggle = filled.get('toggle-site-rule');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(filled.get('slot-site-rule').textContent).toBe('Always');
  });

  it('labels every control and links the original safely', () => {
    const view = mountReader();
    for (const control of view.get('reader-toolbar').querySelectorAll('button, a')) {
      const name = control.getAttribute('aria-label') ?? control.textContent ?? '';
      expect(name.trim()).toBeTruthy();
    }
    const original = view.get<HTMLAnchorElement>('toolbar-original');
    expect(original.rel).toBe('noopener noreferrer');
    expect(original.target).toBe('_blank');
    expect(view.get('toggle-removed').textContent).toBe('What was removed4');
    expect(view.get('toggle-removed').title).toBe('What was removed (4)');
  });
});
