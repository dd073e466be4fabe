import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ArticleLoad, ArticleSource } from '../../utils/reader/article-source';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { setSiteRule } from '../../utils/auto-mode/site-rules';
import { loadSettings, saveSettings } from '../../utils/settings';
import { App } from '../reader/App';

let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  document.body.replaceChildren();
});

function fakeSource(loads: ArticleLoad[]) {
  const calls: boolean[] = [];
  const source: ArticleSource & { calls: boolean[] } = {
    calls,
    load: vi.fn(async ({ force }) => {
      calls.push(force);
      return loads[Math.min(calls.length, loads.length) - 1]!;
    }),
    close: vi.fn(async () => {}),
  };
  return source;
}

/** Let storage promises and Preact's effects settle. */
async function settle() {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const get = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

async function mountApp(source: ArticleSource) {
  act(() => render(<App source={source} />, container));
  await settle();
}

describe('reader App', () => {
  it('applies the stored settings and shows the article from its source', async () => {
    await saveSettings({ theme: 'sepia', fontSize: 26 });
    await mountApp(fakeSource([{ ok: true, result: fixtureResult() }]));
    const root = get('reader-root')!;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--reader-font-size')).toBe('26px');
    expect(get('article-title')?.textContent).toBe('The harbour flooded overnight');
    expect(document.title).toBe('The harbour flooded overnight');
  });

  it('remembers a change made in the reader', async () => {
    await mountApp(fakeSource([{ ok: true, result: fixtureResult() }]));
    act(() => get('toggle-typography')!.click());
    act(() => get('theme-dark')!.click());
    expect(get('reader-root')!.dataset.theme).toBe('dark');
    act(() => get('font-sans')!.click());
    await settle();
    expect(await loadSettings()).toMatchObject({ theme: 'dark', font: 'sans' });
  });

  it('follows a change made on another page (options, another reader)', async () => {
    await mountApp(fakeSource([{ ok: true, result: fixtureResult() }]));
    await saveSettings({ width: 80 });
    await settle();
    expect(get('reader-root')!.style.getPropertyValue('--reader-width')).toBe('80ch');
  });

  it('shows a source failure', async () => {
    await mountApp(fakeSource([{ ok: false, message: 'Lector cannot reach this page.' }]));
    expect(get('reader-failure')?.textContent).toContain('Lector cannot reach this page.');
  });

  it('"Try anyway" without content reads the page again with force', async () => {
    const notArticle = fixtureResult({
      isArticle: false,
      content: '',
      reasons: [{ code: 'url-home' }],
    });
    const source = fakeSource([
      { ok: true, result: notArticle },
      { ok: true, result: fixtureResult({ isArticle: false }) },
    ]);
    await mountApp(source);
    act(() => get('try-anyway')!.click());
    await settle();
    expect(source.calls).toEqual([false, true]);
    expect(get('article-title')?.textContent).toBe('The harbour flooded overnight');
  });

  it('offers the per-site auto-mode choice for the page, from the toolbar', async () => {
    await setSiteRule('news.example.com', 'never');
    await mountApp(fakeSource([{ ok: true, result: fixtureResult() }]));
    act(() => get('toggle-site-rule')!.click());
    const control = get('site-rule-control')!;
    expect(control.textContent).toContain('news.example.com');
    expect(get('site-rule-never')!.getAttribute('aria-pressed')).toBe('true');
    act(() => get('site-rule-default')!.click());
    await settle();
    expect(get('site-rule-default')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('closes through its source', async () => {
    const source = fakeSource([{ ok: true, result: fixtureResult() }]);
    await mountApp(source);
    act(() => get('reader-close')!.click());
    expect(source.close).toHaveBeenCalledOnce();
  });
});
