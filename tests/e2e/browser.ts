import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type CDPSession,
  type Frame,
  type Page,
  type Worker,
} from 'playwright-core';

/**
 * Debian's Chromium with the built extension loaded (see ../shared/notes/toolchain.md). Each
 * `launchLector()` is a fresh profile: a new install, as a new user would have it.
 */
const OUTPUT = resolve(import.meta.dirname, '..', '..', '.output');
/** The product build: what users install. */
export const EXTENSION_DIR = resolve(OUTPUT, 'chrome-mv3');
/** The end-to-end variant (LECTOR_E2E=1): the product plus host access to 127.0.0.1 up front. */
export const E2E_EXTENSION_DIR = resolve(OUTPUT, 'e2e', 'chrome-mv3');
/** The Chromium the tests and the bench drive: Debian's, or CHROMIUM_PATH. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Lector {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/ */
  baseUrl: string;
  /** Open a new tab at `url` and wait for it to load. */
  open(url: string): Promise<Page>;
  /** A real toolbar-button click on `page`'s tab (fires action.onClicked, grants activeTab). */
  clickAction(page: Page): Promise<void>;
  /**
   * Click the toolbar until the reader's overlay is on `page`, and return the reader frame.
   * Under load, headless Chromium now and then runs a click without granting activeTab
   * ("Cannot access contents of the page") and nothing opens; a person would click again, so
   * the harness does too (at most three times). `beforeClick` runs right before each click.
   */
  openReader(page: Page, options?: { beforeClick?: () => void }): Promise<Frame>;
  /** Run a function in the service worker (e.g. a command handler). */
  inWorker<T>(fn: () => T | Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export async function launchLector(
  options: {
    profileDir?: string;
    headless?: boolean;
    extensionDir?: string;
    keepWelcome?: boolean;
  } = {},
): Promise<Lector> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'lector-e2e-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  // LECTOR_E2E_DEBUG=1 prints what the service worker logs (why an injection failed, say).
  if (process.env.LECTOR_E2E_DEBUG) {
    const listen = (w: Worker) =>
      w.on('console', (message) => console.log(`[service worker] ${message.text()}`));
    listen(worker);
    context.on('serviceworker', listen);
  }
  // A fresh install opens the welcome page in a new tab, which becomes the active tab. Close it
  // first, as a person would, so that clicks and shortcuts act on the tab each test opens.
  if (options.keepWelcome !== true) {
    const isWelcome = (p: Page) =>
      p.url().startsWith(`chrome-extension://${extensionId}/welcome.html`);
    const welcome =
      context.pages().find(isWelcome) ??
      (await context
        .waitForEvent('page', { predicate: isWelcome, timeout: 5_000 })
        .catch(() => null));
    await welcome?.close();
  }
  let cdp: CDPSession | null = null;

  const browserSession = async () => (cdp ??= await context.browser()!.newBrowserCDPSession());

  /** The tab target (not the page target) showing `page`: triggerAction accepts only those. */
  const tabTargetOf = async (page: Page): Promise<string> => {
    const session = await browserSession();
    const { targetInfos } = (await session.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const matches = targetInfos.filter((target) => target.url === page.url());
    if (matches.length !== 1)
      throw new Error(`${matches.length} tabs show ${page.url()}; give each test tab its own URL`);
    return matches[0]!.targetId;
  };

  const clickAction = async (page: Page): Promise<void> => {
    // The toolbar acts on the window's active tab: a click on a tab in the background is not
    // what a person can do, and Chromium then grants no activeTab.
    await page.bringToFront();
    const targetId = await tabTargetOf(page);
    await (
      await browserSession()
    ).send('Extensions.triggerAction' as never, { id: extensionId, targetId } as never);
  };

  return {
    context,
    worker,
    extensionId,
    baseUrl: `chrome-extension://${extensionId}/`,
    async open(url) {
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    clickAction,
    async openReader(page, { beforeClick } = {}) {
      const overlayOpen = () =>
        page.evaluate(() => document.querySelector('lector-reader') !== null);
      for (let attempt = 0; attempt < 3; attempt++) {
        beforeClick?.();
        await clickAction(page);
        const deadline = Date.now() + 5_000;
        while (Date.now() < deadline) {
          if (await overlayOpen()) return readerFrame(page, extensionId);
          await page.waitForTimeout(20);
        }
      }
      throw new Error(`The toolbar click never opened the reader on ${page.url()}`);
    },
    inWorker: (fn) => worker.evaluate(fn),
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** The reader frame inside Lector's overlay on `page`, once it is there. */
export async function readerFrame(page: Page, extensionId: string) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const frame = page
      .frames()
      .find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/reader.html'));
    if (frame) return frame;
    await page.waitForTimeout(50);
  }
  throw new Error(`No reader frame of ${extensionId} appeared on ${page.url()}`);
}
