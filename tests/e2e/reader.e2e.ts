import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, launchLector, readerFrame, type Lector } from './browser';
import { startServer, type TestServer } from './server';

/**
 * What a person does with the reader, in real Chromium with the built extension: the toolbar
 * click on the seed page, the reader's text, closing it, the side panel, a non-article page, the
 * keyboard command, a story split over pages and footnotes. Screenshots land in test-results/ to
 * be looked at.
 */
const FIXTURES = resolve(import.meta.dirname, '..', 'fixtures');
const SHOTS = resolve(import.meta.dirname, '..', '..', 'test-results');
const seedExpected = JSON.parse(
  readFileSync(resolve(FIXTURES, 'seed-daily8', 'expected.json'), 'utf8'),
) as {
  paragraphs: string[];
  mustNotContain: string[];
  title: string;
  related: { title: string }[];
};

let lector: Lector;
let server: TestServer;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await startServer();
  server.route(
    '/2025/06/12/tide-tables/',
    readFileSync(resolve(import.meta.dirname, 'pages', 'footnotes.html'), 'utf8'),
  );
  lector = await launchLector({ extensionDir: process.env.LECTOR_EXT_DIR });
});
afterAll(async () => {
  await lector?.close();
  await server?.close();
});

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

async function openReader(page: Page): Promise<Frame> {
  const frame = await lector.openReader(page);
  await frame.waitForSelector('[data-testid="article-body"], [data-testid="not-article"]', {
    timeout: 15_000,
  });
  return frame;
}

describe('the reader on the seed page', () => {
  it('shows the six paragraphs and none of the clutter, then closes back to the page as it was', async () => {
    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/?case=reader`);
    await page.evaluate(() => window.scrollTo(0, 400));
    const scrollBefore = await page.evaluate(() => window.scrollY);
    const domBefore = await page.evaluate(() => document.documentElement.outerHTML);

    const frame = await openReader(page);
    const body = frame.locator('[data-testid="article-body"]');
    await expect.poll(() => body.isVisible()).toBe(true);
    const paragraphs = (await body.locator('p').allInnerTexts()).map(normalize).filter(Boolean);
    expect(paragraphs).toEqual(seedExpected.paragraphs.map(normalize));

    const visible = normalize(await frame.locator('body').innerText());
    for (const clutter of seedExpected.mustNotContain) expect(visible).not.toContain(clutter);
    // The title once, as the title.
    expect(visible.split(seedExpected.title).length - 1).toBe(1);
    await page.screenshot({ path: resolve(SHOTS, 'reader-seed.png') });

    await frame.locator('body').press('Escape');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('lector-reader') === null))
      .toBe(true);
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore);
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(domBefore);
    await page.screenshot({ path: resolve(SHOTS, 'reader-seed-closed.png') });
  });

  it('"What was removed" puts a page block and a cut from the article back, each in its place', async () => {
    const page = await lector.open(`${server.origin}/fixtures/korean-news/`);
    const frame = await openReader(page);
    await page.setViewportSize({ width: 1000, height: 900 });
    await frame.locator('[data-testid="toggle-removed"]').click();
    const putBack = (reason: string) =>
      frame
        .locator('[data-testid="removed-item"]', { hasText: reason })
        .locator('[data-testid="removed-toggle"]')
        .click();
    // A cut made in the extracted article (the reporter's line beside the story, at its top) and
    // a block of the page (the rights notice under the paragraph it followed).
    await putBack('a few words beside the story');
    await putBack('a rights or reprint notice');
    await frame.locator('[data-testid="toggle-removed"]').click();
    const restored = frame.locator('[data-testid="article-body"] .lector-restored');
    await expect.poll(() => restored.count()).toBe(2);
    const placed = await restored.evaluateAll((blocks) =>
      blocks.map((block) => [
        block.textContent?.trim(),
        block.previousElementSibling?.textContent?.trim().slice(0, 20) ?? null,
      ]),
    );
    expect(placed).toEqual([
      ['김민수 기자', null],
      ['<저작권자 ⓒ 한빛일보, 무단전재 및 재배포 금지>', '시는 10월에 이용 현황을 분석해 시'],
    ]);
    await page.screenshot({ path: resolve(SHOTS, 'reader-put-back.png') });
    await page.close();
  });

  it('toggles with a second toolbar click', async () => {
    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/?case=toggle`);
    await openReader(page);
    await lector.clickAction(page);
    await expect
      .poll(() => page.evaluate(() => document.querySelector('lector-reader') === null))
      .toBe(true);
  });

  it('lists the three related articles in the side panel for that tab', async () => {
    const page = await lector.open(`${server.origin}/fixtures/seed-daily8/?case=panel`);
    await openReader(page);
    // The panel follows the active tab of its window; opened as a tab it would follow itself,
    // so it is opened in a new window-less page and pointed at the seed tab by bringing it front.
    const panel = await lector.context.newPage();
    await panel.goto(`${lector.baseUrl}sidepanel.html`);
    await page.bringToFront();
    const titles = panel.locator('[data-testid="related-title"]');
    await expect.poll(() => titles.count(), { timeout: 10_000 }).toBe(3);
    expect((await titles.allInnerTexts()).map(normalize)).toEqual(
      seedExpected.related.map((r) => normalize(r.title)),
    );
    await panel.screenshot({ path: resolve(SHOTS, 'panel-seed.png') });
    await panel.close();
  });

  it('offers the next story an infinite-scroll page stacked under the article in the side panel', async () => {
    const page = await lector.open(`${server.origin}/fixtures/stacked-stories/?case=panel`);
    const frame = await openReader(page);
    const body = frame.locator('[data-testid="article-body"]');
    await expect.poll(() => body.isVisible()).toBe(true);
    expect(await body.innerText()).not.toContain('sourdough');
    const panel = await lector.context.newPage();
    await panel.goto(`${lector.baseUrl}sidepanel.html`);
    await page.bringToFront();
    const titles = panel.locator('[data-testid="related-title"]');
    await expect.poll(() => titles.count(), { timeout: 10_000 }).toBe(1);
    expect(normalize(await titles.innerText())).toBe(
      normalize('Valley bakery wins national sourdough award'),
    );
    await panel.screenshot({ path: resolve(SHOTS, 'panel-stacked-stories.png') });
    await panel.close();
  });
});

describe('a page that is not an article', () => {
  it('shows a clear panel with the detection reasons, and "try anyway" shows the content', async () => {
    const page = await lector.open(`${server.origin}/fixtures/home-page/?case=not-article`);
    const frame = await openReader(page);
    const panel = frame.locator('[data-testid="not-article"]');
    await expect.poll(() => panel.isVisible()).toBe(true);
    expect(await frame.locator('[data-testid="not-article-reasons"] li').count()).toBeGreaterThan(
      0,
    );
    await page.screenshot({ path: resolve(SHOTS, 'reader-not-article.png') });
    await frame.locator('[data-testid="try-anyway"]').press('Enter');
    await expect.poll(() => frame.locator('[data-testid="article-body"]').isVisible()).toBe(true);
  });
});

describe('the keyboard command', () => {
  // A shortcut pressed with page.keyboard never reaches commands.onCommand (toolchain.md), so
  // the handler is dispatched in the service worker. Without the key press there is no activeTab
  // grant: this runs on the e2e variant, which holds host access to 127.0.0.1.
  let withHostAccess: Lector;
  beforeAll(async () => {
    withHostAccess = await launchLector({
      extensionDir: process.env.LECTOR_E2E_EXT_DIR ?? E2E_EXTENSION_DIR,
    });
  });
  afterAll(async () => withHostAccess?.close());

  it('toggles the reader on the active tab', async () => {
    const page = await withHostAccess.open(`${server.origin}/fixtures/seed-daily8/?case=command`);
    await page.bringToFront();
    const dispatch = () =>
      withHostAccess.inWorker(async () => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: { query(q: object): Promise<unknown[]> };
            commands: { onCommand: { dispatch(command: string, tab: unknown): void } };
          };
        };
        const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
        chrome.commands.onCommand.dispatch('toggle-reader', tab);
      });
    const overlay = () => page.evaluate(() => document.querySelector('lector-reader') !== null);
    await dispatch();
    await expect.poll(overlay).toBe(true);
    await dispatch();
    await expect.poll(overlay).toBe(false);
  });
});

describe('a story split over pages', () => {
  it('says which page it shows, and "Next page" goes on in the reader', async () => {
    const page = await lector.open(`${server.origin}/fixtures/paginated-article/`);
    const frame = await openReader(page);
    await frame.waitForSelector('[data-testid="article-pages"]');
    expect(normalize(await frame.innerText('[data-testid="article-pages-position"]'))).toBe(
      'Page 1 of 3',
    );
    // The page links are the reader's own, under the text: none of the site's is in the body.
    expect(await frame.innerText('[data-testid="article-body"]')).not.toContain('Next');
    await frame.$eval('[data-testid="article-pages"]', (nav) => nav.scrollIntoView());
    await page.screenshot({ path: resolve(SHOTS, 'reader-paginated.png'), fullPage: false });
    await frame.click('[data-testid="article-pages-next"]');
    // The tab itself goes to page 2 (the test server sends the same file for any query), and
    // the reader opens there by itself.
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('?page=2');
    await expect
      .poll(
        async () => {
          const next = await readerFrame(page, lector.extensionId).catch(() => null);
          const position = await next
            ?.$('[data-testid="article-pages-position"]')
            .catch(() => null);
          return position ? normalize(await position.innerText()) : null;
        },
        { timeout: 15_000 },
      )
      .toBe('Page 2 of 3');
    expect(await page.evaluate(() => document.querySelector('lector-reader') !== null)).toBe(true);
  });
});

describe('links within the article', () => {
  it('a footnote mark takes the reader to its note and "↩" back, in the same tab', async () => {
    const page = await lector.open(`${server.origin}/2025/06/12/tide-tables/`);
    const frame = await openReader(page);
    const tabs = page.context().pages().length;
    const scrollTop = () => frame.$eval('[data-testid="reader-root"]', (root) => root.scrollTop);
    expect(await scrollTop()).toBe(0);
    // From the keyboard: the mark focused, Enter.
    await frame.focus('[data-testid="article-body"] sup a');
    await page.keyboard.press('Enter');
    await expect.poll(scrollTop).toBeGreaterThan(300);
    expect(
      await frame.evaluate(() => document.activeElement?.textContent?.trim().slice(0, 17)),
    ).toBe('The ferry was ref');
    // With the mouse: the note's way back.
    await frame.click('[data-testid="article-body"] li a');
    await expect.poll(scrollTop).toBeLessThan(300);
    expect(await frame.evaluate(() => document.activeElement?.localName)).toBe('sup');
    expect(page.context().pages().length).toBe(tabs);
    expect(page.url()).toBe(`${server.origin}/2025/06/12/tide-tables/`);
  });
});
