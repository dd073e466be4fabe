import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ReadResult } from '../../utils/extract/types';
import { freshLibrary, sampleInput } from '../../utils/library/test-helpers';
import type { ArticleLoad, ArticleSource } from '../../utils/reader/article-source';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import type { ReaderListPort, SaveAnswer, SyncAnswer } from '../../utils/reading-list/reader-port';
import { saveLinkOnly } from '../../utils/reading-list/save-link';
import { savedMode } from '../../utils/reading-list/saved-mode';
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

async function settle() {
  for (let i = 0; i < 8; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const get = (testId: string) => container.querySelector<HTMLElement>(`[data-testid="${testId}"]`);

function source(load: ArticleLoad): ArticleSource {
  return { load: vi.fn(async () => load), close: vi.fn(async () => {}) };
}

function fakePort(options: { sync?: SyncAnswer; save?: SaveAnswer } = {}) {
  let request: (() => void) | null = null;
  const port = {
    mode: 'live' as const,
    sync: vi.fn(
      async (_result: ReadResult): Promise<SyncAnswer> =>
        options.sync ?? { ok: true, saved: null, saveRequested: false },
    ),
    save: vi.fn(
      async (_result: ReadResult): Promise<SaveAnswer> =>
        options.save ?? { ok: true, saved: { id: 'a1', filled: false } },
    ),
    watchRequests: vi.fn((callback: () => void) => {
      request = callback;
      return () => (request = null);
    }),
  } satisfies ReaderListPort;
  return { port, request: () => act(() => request?.()) };
}

async function mountApp(load: ArticleLoad, port: ReaderListPort) {
  act(() => render(<App source={source(load)} list={port} />, container));
  await settle();
}

const article: ArticleLoad = { ok: true, result: fixtureResult() };

describe('saving from the reader toolbar', () => {
  it('shows Save, saves the article shown, then Saved ✓ and a notice', async () => {
    const { port } = fakePort();
    await mountApp(article, port);
    const button = get('save-button')!;
    expect(button.textContent).toBe('Save');
    expect(port.sync).toHaveBeenCalledOnce();
    act(() => button.click());
    await settle();
    expect(port.save).toHaveBeenCalledExactlyOnceWith(fixtureResult());
    expect(get('save-button')!.textContent).toBe('Saved ✓');
    expect(get('save-notice')!.textContent).toContain('Saved to your reading list.');
    expect(get('save-notice')!.getAttribute('role')).toBe('status');
  });

  it('shows Saved ✓ at once for a page already in the list, and saves again to update', async () => {
    const { port } = fakePort({
      sync: { ok: true, saved: { id: 'a1', filled: false }, saveRequested: false },
    });
    await mountApp(article, port);
    expect(get('save-button')!.textContent).toBe('Saved ✓');
    act(() => get('save-button')!.click());
    await settle();
    expect(port.save).toHaveBeenCalledOnce();
  });

  it('says when a link-only item just got its text', async () => {
    const { port } = fakePort({
      sync: { ok: true, saved: { id: 'a1', filled: true }, saveRequested: false },
    });
    await mountApp(article, port);
    expect(get('save-notice')!.dataset.kind).toBe('filled');
  });

  it('shows the reading list message when saving fails, as an alert, until dismissed', async () => {
    const message =
      "Your browser's storage for Lector is full. Export your list and delete old articles, then try again.";
    const { port } = fakePort({ save: { ok: false, message } });
    await mountApp(article, port);
    act(() => get('save-button')!.click());
    await settle();
    const notice = get('save-notice')!;
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain(message);
    expect(get('save-button')!.textContent).toBe('Save');
    act(() => get('save-notice-dismiss')!.click());
    expect(get('save-notice')).toBeNull();
  });

  it('shows a failed check too, never silently', async () => {
    const { port } = fakePort({ sync: { ok: false, message: 'No answer from the background.' } });
    await mountApp(article, port);
    expect(get('save-notice')!.textContent).toContain('No answer from the background.');
  });

  it('cannot save a page without an article', async () => {
    const { port } = fakePort();
    await mountApp({ ok: true, result: fixtureResult({ isArticle: false, content: '' }) }, port);
    expect(get('save-button')!.hasAttribute('disabled')).toBe(true);
  });
});

describe('saving from the context menu or the keyboard command', () => {
  it('saves at once when the reader was opened to save', async () => {
    const { port } = fakePort({ sync: { ok: true, saved: null, saveRequested: true } });
    await mountApp(article, port);
    expect(port.save).toHaveBeenCalledOnce();
    expect(get('save-button')!.textContent).toBe('Saved ✓');
    expect(get('save-notice')!.dataset.kind).toBe('saved');
  });

  it('saves when asked while the reader is open', async () => {
    const fake = fakePort();
    await mountApp(article, fake.port);
    fake.request();
    await settle();
    expect(fake.port.save).toHaveBeenCalledOnce();
  });

  it('explains when the page has no article to save', async () => {
    const { port } = fakePort({ sync: { ok: true, saved: null, saveRequested: true } });
    await mountApp({ ok: true, result: fixtureResult({ isArticle: false, content: '' }) }, port);
    expect(port.save).not.toHaveBeenCalled();
    expect(get('save-notice')!.dataset.kind).toBe('not-article');
  });
});

describe('the saved reader (reader.html?saved=<id>)', () => {
  const win = window as unknown as Window & typeof globalThis;

  it('shows the stored copy, saved, and keeps the reading position as it scrolls', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const { library } = freshLibrary();
      const saved = await library.save(sampleInput());
      const { source: saved_, list } = savedMode(library, saved.id, win);
      act(() => render(<App source={saved_} list={list} />, container));
      await vi.waitFor(() => expect(get('article-title')?.textContent).toBe('Quiet streets'));
      await vi.waitFor(() => expect(get('save-button')!.textContent).toBe('Saved ✓'));
      const root = get('reader-root')!;
      Object.defineProperties(root, {
        scrollHeight: { value: 3000, configurable: true },
        clientHeight: { value: 1000, configurable: true },
      });
      root.scrollTop = 2000;
      act(() => {
        root.dispatchEvent(new Event('scroll'));
      });
      await act(async () => {
        vi.advanceTimersByTime(1500);
      });
      await vi.waitFor(async () =>
        expect(await library.get(saved.id)).toMatchObject({ progress: 1, status: 'read' }),
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens where the reader left off', async () => {
    const sizes = {
      scrollHeight: { get: () => 3000, configurable: true },
      clientHeight: { get: () => 1000, configurable: true },
    };
    const { library } = freshLibrary();
    const saved = await library.save(sampleInput());
    await library.setProgress(saved.id, 0.25);
    const { source: saved_, list } = savedMode(library, saved.id, win);
    act(() => render(<App source={saved_} list={list} />, container));
    await vi.waitFor(() => expect(get('article-title')).not.toBeNull());
    Object.defineProperties(get('reader-root')!, sizes);
    // Restored on the next frame, once the article is laid out.
    await vi.waitFor(() => expect(get('reader-root')!.scrollTop).toBe(500));
  });

  it('offers the original page for a link-only item', async () => {
    const { library } = freshLibrary();
    const link = await saveLinkOnly(library, { url: 'https://example.com/a', title: 'A link' });
    const { source: saved_, list } = savedMode(library, link.id, win);
    act(() => render(<App source={saved_} list={list} />, container));
    await vi.waitFor(() => expect(get('link-only')).not.toBeNull());
    expect(get('link-only')!.textContent).toContain('A link');
    expect(get('open-original')!.getAttribute('href')).toBe('https://example.com/a');
  });
});
