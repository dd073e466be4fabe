import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { browser } from 'wxt/browser';
import { launchLector, readerFrame, type Lector } from './browser';
import { startServer, type TestServer } from './server';

/**
 * The reading list as a person uses it, in real Chromium with the built extension: save from the
 * reader on the seed page, find it in the side panel's list and by a word of its body, read it
 * with the page's server stopped (offline), export it, import it into a fresh profile, and read
 * the same article there. Screenshots land in test-results/.
 *
 * LECTOR_EXTENSION_DIR points at another build (a private copy, for runs while others build).
 */
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-results');
const EXTENSION_DIR = process.env.LECTOR_EXTENSION_DIR;
const seed = JSON.parse(
  readFileSync(resolve(FIXTURES, 'seed-daily8', 'expected.json'), 'utf8'),
) as { title: string; paragraphs: string[] };

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

let server: TestServer;
let lector: Lector;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  lector = await launchLector(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {});
  // Clicks inside the reader frame: without the side panel opening beside it, headless
  // Chromium keeps the page's size and the click lands where the button is.
  await lector.inWorker(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof browser };
    await chrome.storage.local.set({ settings: { openPanelWithReader: false } });
  });
});

afterAll(async () => {
  await lector?.close();
  await server?.close();
});

/**
 * The toolbar click on `page`, until the reader's overlay is there. Under load, headless
 * Chromium now and then runs the click without granting activeTab ("Cannot access contents of
 * the page"), and nothing opens: the click is tried again, never while an overlay is open.
 */
async function clickOn(browser: Lector, page: Page): Promise<void> {
  const overlayOpen = () => page.evaluate(() => document.querySelector('lector-reader') !== null);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.bringToFront();
    await browser.clickAction(page);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      if (await overlayOpen()) return;
      await page.waitForTimeout(100);
    }
  }
  throw new Error(`The toolbar click never opened the reader on ${page.url()}`);
}

async function paragraphsOf(page: Page | Frame): Promise<string[]> {
  const body = page.locator('[data-testid="article-body"]');
  await body.waitFor({ timeout: 15_000 });
  return (await body.locator('p').allInnerTexts()).map(normalize).filter(Boolean);
}

describe('the reading list, end to end', () => {
  let panel: Page;

  it('saves the seed article from the reader', async () => {
    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/`);
    await clickOn(lector, page);
    const frame = await readerFrame(page, lector.extensionId);
    expect(await paragraphsOf(frame)).toEqual(seed.paragraphs.map(normalize));
    const button = frame.locator('[data-testid="save-button"]');
    await expect.poll(() => button.getAttribute('data-status')).toBe('unsaved');
    await button.click();
    await expect.poll(() => button.textContent(), { timeout: 10_000 }).toBe('Saved ✓');
    await expect
      .poll(() => frame.locator('[data-testid="save-notice"]').textContent())
      .toContain('Saved to your reading list.');
    await page.screenshot({ path: resolve(SHOTS, 'reading-list-saved.png') });
  });

  it('shows it in the side panel list', async () => {
    panel = await lector.context.newPage();
    await panel.goto(`${lector.baseUrl}sidepanel.html`);
    const titles = panel.locator('[data-testid="panel-list"] [data-testid="list-item-title"]');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 10_000 }).toEqual([seed.title]);
    await panel.screenshot({ path: resolve(SHOTS, 'reading-list-panel.png'), fullPage: true });
  });

  it('finds it by a word of its body', async () => {
    // "Pataz" is only in the last paragraph, not in the title.
    await panel.locator('[data-testid="list-search"]').pressSequentially('pataz');
    const titles = panel.locator('[data-testid="panel-list"] [data-testid="list-item-title"]');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 10_000 }).toEqual([seed.title]);
    await panel.locator('[data-testid="list-search"]').fill('cecot prisons');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 10_000 }).toEqual([seed.title]);
    await panel.locator('[data-testid="list-search"]').fill('zebra');
    await expect.poll(() => titles.count(), { timeout: 10_000 }).toBe(0);
    await panel.locator('[data-testid="list-search"]').fill('pataz');
    await expect.poll(() => titles.count(), { timeout: 10_000 }).toBe(1);
    await panel.screenshot({ path: resolve(SHOTS, 'reading-list-search.png'), fullPage: true });
  });

  it('opens it offline, from the stored copy', async () => {
    await server.close();
    const opened = lector.context.waitForEvent('page');
    await panel.locator('[data-testid="list-item-title"]').first().click();
    const reader = await opened;
    await reader.waitForLoadState();
    expect(reader.url()).toContain('/reader.html?saved=');
    expect(await paragraphsOf(reader)).toEqual(seed.paragraphs.map(normalize));
    expect(await reader.locator('[data-testid="save-button"]').textContent()).toBe('Saved ✓');
    await reader.screenshot({ path: resolve(SHOTS, 'reading-list-offline.png') });
  });

  let exported: string;

  it('exports the list as Lector JSON from the library page', async () => {
    const library = await lector.context.newPage();
    await library.goto(`${lector.baseUrl}library.html`);
    const titles = library.locator('[data-testid="library-list"] [data-testid="list-item-title"]');
    await expect.poll(() => titles.allInnerTexts(), { timeout: 10_000 }).toEqual([seed.title]);
    await library.selectOption('[data-testid="export-format"]', 'lector-json');
    const downloading = library.waitForEvent('download');
    await library.click('[data-testid="export-all"]');
    const download = await downloading;
    exported = resolve(SHOTS, 'reading-list-export.json');
    await download.saveAs(exported);
    const file = JSON.parse(readFileSync(exported, 'utf8')) as {
      format: string;
      articles: { title: string; textContent: string; content: string }[];
    };
    expect(file.format).toBe('lector-export');
    expect(file.articles.map((article) => article.title)).toEqual([seed.title]);
    expect(file.articles[0]!.textContent).toContain('Pataz');
    await expect
      .poll(() => library.locator('[data-testid="list-notice"]').textContent())
      .toContain(download.suggestedFilename());
    await library.screenshot({ path: resolve(SHOTS, 'reading-list-library.png'), fullPage: true });
  });

  it('imports it into a fresh profile: the same article', async () => {
    const fresh = await launchLector(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {});
    try {
      const library = await fresh.context.newPage();
      await library.goto(`${fresh.baseUrl}library.html`);
      await library.locator('[data-testid="list-empty"]').waitFor();
      await library.setInputFiles('[data-testid="import-file"]', exported);
      await expect
        .poll(() => library.locator('[data-testid="list-notice"]').textContent(), {
          timeout: 10_000,
        })
        .toContain('1 added, 0 updated, 0 skipped');
      const titles = library.locator(
        '[data-testid="library-list"] [data-testid="list-item-title"]',
      );
      await expect.poll(() => titles.allInnerTexts()).toEqual([seed.title]);
      await library.screenshot({ path: resolve(SHOTS, 'reading-list-imported.png') });

      // Exported again from the new profile, it is the same article, field for field.
      const downloading = library.waitForEvent('download');
      await library.click('[data-testid="export-all"]');
      const again = resolve(SHOTS, 'reading-list-reexport.json');
      await (await downloading).saveAs(again);
      const articlesOf = (path: string) =>
        (JSON.parse(readFileSync(path, 'utf8')) as { articles: unknown[] }).articles;
      expect(articlesOf(again)).toEqual(articlesOf(exported));

      // And it reads the same, offline (this profile never saw the page).
      await titles.first().click();
      await library.waitForURL(/reader\.html\?saved=/);
      expect(await paragraphsOf(library)).toEqual(seed.paragraphs.map(normalize));
      await library.screenshot({ path: resolve(SHOTS, 'reading-list-imported-reader.png') });
      // Closing the saved reader goes back to the library.
      await library.locator('[data-testid="reader-close"]').click();
      await library.waitForURL(/library\.html/);
    } finally {
      await fresh.close();
    }
  });
});

describe('saving from the keyboard command, the context menu and the side panel', () => {
  let other: Lector;
  let pages: TestServer;

  beforeAll(async () => {
    pages = await startServer();
    other = await launchLector(EXTENSION_DIR ? { extensionDir: EXTENSION_DIR } : {});
    await other.inWorker(async () => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      await chrome.storage.local.set({ settings: { openPanelWithReader: false } });
    });
  });

  afterAll(async () => {
    await other?.close();
    await pages?.close();
  });

  /** The tab showing `page`, as the service worker sees it (activeTab lets it see the URL). */
  const tabOf = (page: Page) =>
    other.worker.evaluate(async (url) => {
      const { chrome } = globalThis as unknown as { chrome: typeof browser };
      return (await chrome.tabs.query({})).find((tab) => tab.url === url)!;
    }, page.url());

  /**
   * The reader frame of `page` once its save button says "Saved ✓". Looked up afresh each time:
   * when the background has forgotten an open reader (a restarted worker), a save closes and
   * reopens it, and the first frame found may be the one going away.
   */
  async function savedIn(page: Page) {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const frame = await readerFrame(page, other.extensionId).catch(() => null);
      const text = await frame
        ?.locator('[data-testid="save-button"]')
        .textContent({ timeout: 500 })
        .catch(() => null);
      if (frame && text === 'Saved ✓') return frame;
      await page.waitForTimeout(100);
    }
    throw new Error(`The reader on ${page.url()} never said "Saved ✓"`);
  }

  it('the keyboard command opens the reader and saves the page', async () => {
    const page = await other.open(`${pages.origin}/fixtures/seed-daily8/?case=command`);
    // The shortcut grants activeTab as the toolbar click does; a page.keyboard press never
    // reaches commands.onCommand, so the click grants it and the handler runs in the worker.
    await clickOn(other, page);
    const first = await readerFrame(page, other.extensionId);
    await first.locator('[data-testid="article-body"]').waitFor({ timeout: 15_000 });
    await first.locator('body').press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('lector-reader') === null))
      .toBe(true);
    const tab = await tabOf(page);
    await other.worker.evaluate((target) => {
      const { chrome } = globalThis as unknown as {
        chrome: { commands: { onCommand: { dispatch(...args: unknown[]): void } } };
      };
      chrome.commands.onCommand.dispatch('save-article', target);
    }, tab);
    const frame = await savedIn(page);
    expect(await frame.locator('[data-testid="save-notice"]').textContent()).toContain(
      'Saved to your reading list.',
    );
    await page.screenshot({ path: resolve(SHOTS, 'reading-list-command.png') });
  });

  it('the context menu saves the page the reader is open on', async () => {
    const page = await other.open(`${pages.origin}/fixtures/seed-daily8/?case=menu`);
    await clickOn(other, page);
    const frame = await readerFrame(page, other.extensionId);
    const button = frame.locator('[data-testid="save-button"]');
    await expect
      .poll(() => button.getAttribute('data-status'), { timeout: 15_000 })
      .toBe('unsaved');
    const tab = await tabOf(page);
    await other.worker.evaluate((target) => {
      const { chrome } = globalThis as unknown as {
        chrome: { contextMenus: { onClicked: { dispatch(...args: unknown[]): void } } };
      };
      chrome.contextMenus.onClicked.dispatch({ menuItemId: 'lector-save-to-list' }, target);
    }, tab);
    await savedIn(page);
  });

  it('the side panel saves a related article as a link only', async () => {
    const page = await other.open(`${pages.origin}/fixtures/seed-daily8/?case=related`);
    await clickOn(other, page);
    await (
      await readerFrame(page, other.extensionId)
    )
      .locator('[data-testid="article-body"]')
      .waitFor({ timeout: 15_000 });
    const panel = await other.context.newPage();
    await panel.goto(`${other.baseUrl}sidepanel.html`);
    await page.bringToFront();
    const save = panel.locator('[data-testid="related-save"]').first();
    await expect.poll(() => save.getAttribute('data-state'), { timeout: 10_000 }).toBe('unsaved');
    const related = await panel.locator('[data-testid="related-title"]').first().innerText();
    await save.click();
    await expect.poll(() => save.getAttribute('data-state')).toBe('saved');
    const item = panel
      .locator('[data-testid="panel-list"] [data-testid="list-item"]')
      .filter({ hasText: related });
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(1);
    expect(await item.locator('[data-testid="link-only-badge"]').count()).toBe(1);
    await panel.screenshot({
      path: resolve(SHOTS, 'reading-list-panel-related.png'),
      fullPage: true,
    });
  });

  it('a link-only item gets its text when its page is opened with the reader', async () => {
    const url = `${pages.origin}/fixtures/seed-daily8/?case=fill`;
    const bookmarks = resolve(SHOTS, 'reading-list-bookmarks.html');
    writeFileSync(
      bookmarks,
      `<!DOCTYPE NETSCAPE-Bookmark-file-1>\n<TITLE>Bookmarks</TITLE>\n<DL><p>\n<DT><A HREF="${url}" ADD_DATE="1700000000">A link to read later</A>\n</DL><p>\n`,
    );
    const library = await other.context.newPage();
    await library.goto(`${other.baseUrl}library.html`);
    await library.setInputFiles('[data-testid="import-file"]', bookmarks);
    const item = library
      .locator('[data-testid="library-list"] [data-testid="list-item"]')
      .filter({ hasText: 'A link to read later' });
    await expect.poll(() => item.locator('[data-testid="link-only-badge"]').count()).toBe(1);
    const savedCopy = await item.locator('[data-testid="list-item-title"]').getAttribute('href');

    const page = await other.open(url);
    await clickOn(other, page);
    const frame = await readerFrame(page, other.extensionId);
    const notice = frame.locator('[data-testid="save-notice"]');
    await expect.poll(() => notice.getAttribute('data-kind'), { timeout: 15_000 }).toBe('filled');
    expect(await frame.locator('[data-testid="save-button"]').textContent()).toBe('Saved ✓');

    // The same item (same id), now with the page's title and text, and no longer a link only.
    await expect.poll(() => item.count(), { timeout: 10_000 }).toBe(0);
    const filled = library.locator(`[data-testid="list-item-title"][href="${savedCopy}"]`);
    expect(await filled.innerText()).toBe(seed.title);
    expect(
      await library
        .locator('[data-testid="list-item"]', { has: filled })
        .locator('[data-testid="link-only-badge"]')
        .count(),
    ).toBe(0);
    await filled.click();
    expect(await paragraphsOf(library)).toEqual(seed.paragraphs.map(normalize));
  });

  it('follows the system dark mode, with a visible keyboard focus (screenshots)', async () => {
    for (const [name, path] of [
      ['library', 'library.html'],
      ['panel', 'sidepanel.html'],
    ] as const) {
      const view = await other.context.newPage();
      await view.emulateMedia({ colorScheme: 'dark' });
      await view.goto(`${other.baseUrl}${path}`);
      await view.locator('[data-testid="list-search"]').waitFor();
      const background = await view.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(background).not.toBe('rgb(251, 250, 247)');
      await view.locator('[data-testid="list-search"]').focus();
      await view.keyboard.press('Tab');
      await view.screenshot({ path: resolve(SHOTS, `reading-list-${name}-dark.png`) });
      await view.close();
    }
  });
});
