import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { E2E_EXTENSION_DIR, launchLector, readerFrame, type Lector } from './browser';
import { startServer, type TestServer } from './server';

/**
 * Auto mode in real Chromium with the built extension: a site rule made in the options page
 * (which also survives a reload of that page), the detection script registered for it, the
 * reader opening by itself on an article but not on the site's home page, an SPA route change
 * to an article noticed, a page the person closed (toolbar button or the reader's close button)
 * staying closed on reload and back, and "never" chosen in the reader's toolbar respected.
 *
 * Headless Chromium cannot answer a permission prompt, so this runs the e2e build
 * (LECTOR_E2E=1 in wxt.config.ts: the same extension plus host access to 127.0.0.1, written to
 * .output/e2e so the product build and its manifest test are untouched).
 */
const ROOT = resolve(import.meta.dirname, '..', '..');
const PAGES = resolve(import.meta.dirname, 'pages');

const ARTICLE_PATH = '/news/2026/11/29/harbour-ferry-returns-after-winter-repairs';
/** Readers' comments at a story's URL: the detection script's lean detector takes it for one. */
const COMMENTS_PATH = '/news/2026/11/30/readers-respond-to-the-new-ferry-timetable';
/** Lector's overlay host in the visited page. */
const OVERLAY = 'lector-reader';
/** How long a page gets to settle and be judged before "nothing opened" counts. */
const QUIET_MS = 3_000;

let lector: Lector;
let server: TestServer;
let pageCount = 0;

beforeAll(async () => {
  execFileSync('npx', ['wxt', 'build'], {
    cwd: ROOT,
    env: { ...process.env, LECTOR_E2E: '1' },
    stdio: 'ignore',
  });
  server = await startServer();
  const page = (name: string) => readFileSync(resolve(PAGES, name), 'utf8');
  server.route(ARTICLE_PATH, page('news-article.html'));
  server.route('/', page('news-home.html'));
  server.route(COMMENTS_PATH, page('news-comments.html'));
  server.route('/spa/', page('spa.html'));
  server.route('/pages/spa.js', page('spa.js'), 'text/javascript');
  lector = await launchLector({ extensionDir: E2E_EXTENSION_DIR, keepWelcome: true });
}, 120_000);

afterAll(async () => {
  await lector?.close();
  await server?.close();
});

/** Each test tab gets its own URL (the toolbar click finds its tab by URL). */
const unique = (path: string) => `${server.origin}${path}?tab=${++pageCount}`;

const overlayCount = (page: Page) => page.locator(OVERLAY).count();

async function expectReaderOpens(page: Page) {
  await page.waitForSelector(OVERLAY, { state: 'attached', timeout: 10_000 });
  expect(await overlayCount(page)).toBe(1);
}

async function expectNoReader(page: Page) {
  await page.waitForTimeout(QUIET_MS);
  expect(await overlayCount(page)).toBe(0);
}

/** Runs in the service worker, where `chrome` is the extension API. */
interface WorkerGlobal {
  chrome: {
    scripting: {
      getRegisteredContentScripts(filter: { ids: string[] }): Promise<{ matches?: string[] }[]>;
    };
  };
}

const registeredMatches = () =>
  lector.inWorker(async () => {
    const { chrome } = globalThis as unknown as WorkerGlobal;
    const [script] = await chrome.scripting.getRegisteredContentScripts({
      ids: ['lector-auto-detect'],
    });
    return script?.matches ?? [];
  });

async function optionsPage(): Promise<Page> {
  const page = await lector.context.newPage();
  await page.goto(`${lector.baseUrl}options.html`);
  await page.getByTestId('add-site').waitFor();
  return page;
}

const ruleFor = (page: Page, site: string) =>
  page.locator(`[data-testid="rule"][data-site="${site}"]`);

describe('auto mode', () => {
  it('opens the welcome page on first install', async () => {
    const welcomePage = () =>
      lector.context.pages().find((page) => page.url().endsWith('/welcome.html'));
    await expect.poll(welcomePage, { timeout: 10_000 }).toBeDefined();
    await welcomePage()!.getByTestId('welcome-turn-on').waitFor();
    // Done with it, as a person would be: the tabs the tests open become the active ones.
    await welcomePage()!.close();
  });

  it('adds a site rule and changes settings in the options page; both survive a reload', async () => {
    const page = await optionsPage();
    await page.getByTestId('add-site-host').fill('127.0.0.1');
    await page.getByTestId('add-site-submit').click();
    await expect
      .poll(() => page.getByTestId('add-site-message').textContent())
      .toBe('Rule added for 127.0.0.1.');
    await page.getByTestId('theme-dark').check();
    await page.locator('#fontSize').focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.locator('#fontSize').inputValue()).toBe('21');

    await page.reload();
    await page.getByTestId('add-site').waitFor();
    const rule = ruleFor(page, '127.0.0.1');
    await expect.poll(() => rule.locator('[aria-pressed="true"]').textContent()).toBe('Always');
    await expect.poll(() => rule.textContent()).toContain('Lector may read this site’s pages.');
    expect(await page.getByTestId('theme-dark').isChecked()).toBe(true);
    expect(await page.locator('#fontSize').inputValue()).toBe('21');
    await page.close();
  });

  it('registers the detection script for exactly that site', async () => {
    await expect
      .poll(registeredMatches, { timeout: 10_000 })
      .toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
  });

  it('opens the reader by itself on an article of an allowed site', async () => {
    const page = await lector.open(unique(ARTICLE_PATH));
    await expectReaderOpens(page);
    const frame = await readerFrame(page, lector.extensionId);
    const body = await frame.waitForSelector('[data-testid="article-body"]', { timeout: 15_000 });
    expect(await body.textContent()).toContain('The small ferry that links the two halves');
    await page.close();
  });

  it('does nothing on the same site’s home page', async () => {
    const page = await lector.open(unique('/'));
    await expectNoReader(page);
    await page.close();
  });

  it('never shows a reader the reading core turns down, though the detection script opened it', async () => {
    // The lean detector counts the comments as running text (it knows no class names); the
    // reader, opened unseen, reads the page with the full detector, which does not.
    const page = await lector.context.newPage();
    await page.addInitScript(() => {
      const styles: string[] = [];
      Object.assign(window, { lectorOverlayStyles: styles });
      new MutationObserver(() => {
        const host = document.querySelector('lector-reader');
        if (host) styles.push(host.getAttribute('style') ?? '');
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    await page.goto(unique(COMMENTS_PATH), { waitUntil: 'load' });
    const styles = () =>
      page.evaluate(
        () => (window as unknown as { lectorOverlayStyles: string[] }).lectorOverlayStyles,
      );
    await expect.poll(async () => (await styles()).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => overlayCount(page), { timeout: 10_000 }).toBe(0);
    await expectNoReader(page);
    expect((await styles()).every((style) => style.includes('visibility:hidden'))).toBe(true);
    await page.close();
  });

  it('notices a single-page app’s route change to an article', async () => {
    const page = await lector.open(unique('/spa/'));
    await expectNoReader(page);
    await page.getByRole('link').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/spa-news\/2026\/11\//);
    await expectReaderOpens(page);
    await page.close();
  });

  it('keeps a page the person closed closed, on reload and on back/forward', async () => {
    const page = await lector.open(unique(ARTICLE_PATH));
    await expectReaderOpens(page);
    // "Show original" is one click: the toolbar button closes the reader.
    await lector.clickAction(page);
    await expect.poll(() => overlayCount(page)).toBe(0);

    await page.reload({ waitUntil: 'load' });
    await expectNoReader(page);

    const closedUrl = page.url();
    await page.goto(unique(ARTICLE_PATH), { waitUntil: 'load' });
    await expectReaderOpens(page);
    await page.goBack({ waitUntil: 'load' });
    expect(page.url()).toBe(closedUrl);
    await expectNoReader(page);
    await page.close();
  });

  it('remembers a close from the reader’s own close button', async () => {
    const page = await lector.open(unique(ARTICLE_PATH));
    await expectReaderOpens(page);
    const frame = await readerFrame(page, lector.extensionId);
    await frame.click('[data-testid="reader-close"]');
    await expect.poll(() => overlayCount(page)).toBe(0);
    await page.reload({ waitUntil: 'load' });
    await expectNoReader(page);
    await page.close();
  });

  it('leaves a "never" site alone (chosen in the reader’s toolbar)', async () => {
    const page = await lector.open(unique(ARTICLE_PATH));
    await expectReaderOpens(page);
    const frame = await readerFrame(page, lector.extensionId);
    await frame.click('[data-testid="toggle-site-rule"]');
    await frame.click('[data-testid="site-rule-never"]');
    // The button is pressed once the rule is stored; closing the tab sooner may lose the choice.
    await expect
      .poll(() => frame.getAttribute('[data-testid="site-rule-never"]', 'aria-pressed'))
      .toBe('true');
    await page.close();
    await expect.poll(registeredMatches, { timeout: 10_000 }).toEqual([]);

    const next = await lector.open(unique(ARTICLE_PATH));
    await expectNoReader(next);
    await next.close();
    const options = await optionsPage();
    await expect
      .poll(() => ruleFor(options, '127.0.0.1').locator('[aria-pressed="true"]').textContent())
      .toBe('Never');
    await options.close();
  });
});
