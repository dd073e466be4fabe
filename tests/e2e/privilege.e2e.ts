import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { E2E_EXTENSION_DIR, launchLector, type Lector } from './browser';
import { recordRequests, type Recorder } from './network-recorder';
import { openReader, quietSettings, readStore } from './reader-session';
import { startServer, type TestServer } from './server';

/**
 * Least privilege in a real browser (issue 5, security.md rules 5-7):
 * - the visited page cannot reach Lector: no `chrome.runtime` in its world (externally_connectable
 *   is closed), no handle on the reader frame (it sits in a closed shadow root), no way to load
 *   Lector's files by their static URL;
 * - Lector's own content-script world asking the background for an extension page's actions
 *   (save, another tab's snapshot, the side panel's state) is refused, nothing is written, and the
 *   service worker throws nothing;
 * - a whole session of use (welcome page, reader, side panel, save, library, export, saved reader,
 *   options) makes no request but the visited pages' own (127.0.0.1).
 *
 * LECTOR_EXTENSION_DIR / LECTOR_E2E_EXTENSION_DIR point at other builds (private copies).
 */
const PRODUCT_DIR = process.env.LECTOR_EXTENSION_DIR;
const E2E_DIR = process.env.LECTOR_E2E_EXTENSION_DIR ?? E2E_EXTENSION_DIR;

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

describe('the visited page cannot reach Lector', () => {
  let lector: Lector;
  beforeAll(async () => {
    lector = await launchLector(PRODUCT_DIR ? { extensionDir: PRODUCT_DIR } : {});
    await quietSettings(lector);
  });
  afterAll(() => lector?.close());

  it('has no runtime to message Lector, no handle on the reader frame, no way to its files', async () => {
    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/?case=privilege`);
    await openReader(lector, page);
    const seen = await page.evaluate(async (id) => {
      const chrome = (window as unknown as { chrome?: { runtime?: unknown } }).chrome;
      const load = (url: string) =>
        fetch(url).then(
          (response) => `loaded ${response.status}`,
          () => 'refused',
        );
      return {
        runtime: typeof chrome?.runtime,
        frames: window.frames.length,
        staticReader: await load(`chrome-extension://${id}/reader.html`),
        manifest: await load(`chrome-extension://${id}/manifest.json`),
        background: await load(`chrome-extension://${id}/background.js`),
      };
    }, lector.extensionId);
    expect(seen).toEqual({
      runtime: 'undefined',
      frames: 0,
      staticReader: 'refused',
      manifest: 'refused',
      background: 'refused',
    });
    // The reader is still there, untouched.
    expect(await page.evaluate(() => document.querySelector('lector-reader') !== null)).toBe(true);
    await page.close();
  });
});

describe('Lector’s content-script world asking for an extension page’s actions', () => {
  let lector: Lector;
  let recorder: Recorder;
  beforeAll(async () => {
    // The end-to-end build holds 127.0.0.1 up front, so the worker can inject into the tab.
    lector = await launchLector({ extensionDir: E2E_DIR });
    await quietSettings(lector);
    recorder = await recordRequests(lector);
  });
  afterAll(async () => {
    await recorder?.stop();
    await lector?.close();
  });

  it('is refused for every privileged message; nothing is saved; the worker throws nothing', async () => {
    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/?case=content-script`);
    const url = page.url();
    const answers = await lector.worker.evaluate(async (pageUrl) => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      const [tab] = await chrome.tabs.query({ url: pageUrl });
      const article = {
        url: pageUrl,
        title: 'Forged',
        byline: null,
        siteName: null,
        publishedTime: null,
        lang: 'en',
        dir: 'ltr',
        excerpt: null,
        leadImage: null,
        wordCount: 1,
        readingMinutes: 1,
        content: '<p>forged</p>',
        textContent: 'forged',
        related: [],
      };
      const state = {
        url: pageUrl,
        title: 'x',
        isArticle: true,
        reasons: [],
        related: [],
        updatedAt: 1,
      };
      const [isolated] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        args: [article, state, tab!.id!],
        func: async (forged: unknown, tabState: unknown, tabId: number) => {
          const send = (message: object) =>
            chrome.runtime
              .sendMessage(message)
              .catch((error: Error) => ({ thrown: error.message }));
          return Promise.all([
            send({ type: 'reader-bg-save', article: forged }),
            send({ type: 'reader-bg-sync', url: (forged as { url: string }).url, article: forged }),
            send({ type: 'panel-bg-get-snapshot', tabId }),
            send({ type: 'ui-bg-tab-article', tabId, state: tabState }),
            send({ type: 'reader-bg-get-snapshot' }),
            send({
              type: 'reader-bg-save',
              article: { ...(forged as object), content: 'x'.repeat(33_000_000) },
            }),
            send({
              type: 'cs-bg-detected',
              url: 'https://bank.example/',
              detection: { isArticle: true, reasons: [] },
            }),
          ]);
        },
      });
      // The page's own world has no runtime at all.
      const [main] = await chrome.scripting.executeScript({
        target: { tabId: tab!.id! },
        world: 'MAIN',
        func: () =>
          typeof (window as unknown as { chrome?: { runtime?: unknown } }).chrome?.runtime,
      });
      return { isolated: isolated!.result as unknown[], main: main!.result };
    }, url);
    expect(answers.main).toBe('undefined');
    const refused = { ok: false, error: 'failed', message: 'Refused: unexpected sender.' };
    // The sender check comes first, so even the oversized article is refused as a sender.
    expect(answers.isolated.slice(0, 6)).toEqual(Array(6).fill(refused));
    // A detection report is a content script's to send; for another origin it opens nothing.
    expect(answers.isolated[6]).toEqual({ ok: true, opened: false });

    const library = await lector.context.newPage();
    await library.goto(`${lector.baseUrl}library.html`);
    expect(await readStore(library, 'articles')).toEqual([]);
    const session = await lector.inWorker(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      return chrome.storage.session.get();
    });
    expect(JSON.stringify(session)).not.toContain('"title":"x"');
    await page.waitForTimeout(300);
    expect(recorder.workerErrors).toEqual([]);
    await library.close();
    await page.close();
  });
});

describe('no request of Lector’s own', () => {
  let lector: Lector;
  let recorder: Recorder;
  beforeAll(async () => {
    lector = await launchLector({
      keepWelcome: true,
      ...(PRODUCT_DIR ? { extensionDir: PRODUCT_DIR } : {}),
    });
    recorder = await recordRequests(lector);
  });
  afterAll(async () => {
    await recorder?.stop();
    await lector?.close();
  });

  /** The HTML of the pages visited, as they were: what they reference is theirs. */
  const visited: string[] = [];

  /**
   * Requests that are neither local (Lector's files under either of its ids, data:, blob:), nor
   * the visited pages' own: their server, or a resource their HTML names (article images, which
   * the reader, the panel and the saved reader show from where the page had them).
   */
  const foreign = () =>
    recorder.urls.filter(
      (url) =>
        !/^(chrome-extension|data|blob|about):/.test(url) &&
        !url.startsWith(`${server.origin}/`) &&
        !visited.some((html) => html.includes(url)),
    );

  it('a session of use: welcome, reader, side panel, save, library, export, saved reader, options', async () => {
    const welcome = lector.context
      .pages()
      .find((page) => page.url().startsWith(`${lector.baseUrl}welcome.html`));
    await welcome?.waitForLoadState('load');
    await welcome?.close();
    await quietSettings(lector);

    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/?case=network`);
    visited.push(await page.content());
    const { frame, state } = await openReader(lector, page);
    expect(state).toBe('article');
    const panel = await lector.context.newPage();
    await panel.goto(`${lector.baseUrl}sidepanel.html`);
    await page.bringToFront();
    await expect
      .poll(() => panel.locator('[data-testid="related-title"]').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    const save = frame.locator('[data-testid="save-button"]');
    await expect.poll(() => save.getAttribute('data-status'), { timeout: 10_000 }).toBe('unsaved');
    await save.click();
    await expect.poll(() => save.textContent(), { timeout: 10_000 }).toBe('Saved ✓');

    const library = await lector.context.newPage();
    await library.goto(`${lector.baseUrl}library.html`);
    await library.locator('[data-testid="list-item-title"]').first().waitFor();
    const downloading = library.waitForEvent('download');
    await library.click('[data-testid="export-all"]');
    await (await downloading).path();
    await library.locator('[data-testid="list-item-title"]').first().click();
    await library.waitForURL(/reader\.html\?saved=/);
    await library.locator('[data-testid="article-body"]').waitFor();

    const options = await lector.context.newPage();
    await options.goto(`${lector.baseUrl}options.html`);
    await options.waitForLoadState('load');
    await page.waitForTimeout(500);

    expect(
      recorder.urls.some((url) => url.startsWith(`${server.origin}/fixtures/seed-daily8/`)),
    ).toBe(true);
    expect(
      recorder.urls.some(
        (url) => url.startsWith(`${lector.baseUrl}reader.html`) || url.includes('/reader.html'),
      ),
    ).toBe(true);
    expect(foreign()).toEqual([]);
    for (const view of [panel, library, options]) await view.close();
    await page.close();
  });

  it('negative control: an extension page’s request elsewhere, and the worker’s own, are seen', async () => {
    const options = await lector.context.newPage();
    await options.goto(`${lector.baseUrl}options.html`);
    await options.evaluate(() => {
      new Image().src = 'http://remote.example/pixel.png';
    });
    await lector.inWorker(() =>
      fetch('/manifest.json?from-worker').then((response) => response.status),
    );
    await expect.poll(foreign).toEqual(['http://remote.example/pixel.png']);
    await expect
      .poll(() => recorder.urls.filter((url) => url.endsWith('manifest.json?from-worker')).length)
      .toBeGreaterThan(0);
    await options.close();
  });
});
