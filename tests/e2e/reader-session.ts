import type { Frame, Page } from 'playwright-core';
import type { browser } from 'wxt/browser';
import { readerFrame, type Lector } from './browser';

/**
 * Steps the security e2e tests share: opening the reader on a tab with a real toolbar click, and
 * reading what it shows.
 */

/** The reader's settled states: an article, a failure, or "not an article". */
export const READER_SETTLED =
  '[data-testid="article-body"], [data-testid="reader-failure"], [data-testid="not-article"]';

/**
 * The toolbar click on `page`, until the overlay is there; returns when (Date.now()) the click
 * that opened it was made. Under load headless Chromium now and then runs a click without
 * granting activeTab (reading-list.e2e.ts has the same guard), so the click is tried again,
 * never while an overlay is open.
 */
export async function clickUntilOverlay(lector: Lector, page: Page): Promise<number> {
  // Through the prototype: a hostile page's named elements may shadow document.querySelector.
  const overlayOpen = () =>
    page
      .evaluate(() => Document.prototype.querySelector.call(document, 'lector-reader') !== null)
      .catch(() => false);
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.bringToFront();
    const clickedAt = Date.now();
    await lector.clickAction(page);
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      if (await overlayOpen()) return clickedAt;
      await page.waitForTimeout(50);
    }
  }
  throw new Error(`The toolbar click never opened the reader on ${page.url()}`);
}

/** Which state the reader settled in, its frame, and the time from the click to that state. */
export async function openReader(
  lector: Lector,
  page: Page,
  options: { tryAnyway?: boolean; timeout?: number } = {},
): Promise<{ frame: Frame; state: 'article' | 'failure' | 'not-article'; ms: number }> {
  const clickedAt = await clickUntilOverlay(lector, page);
  const frame = await readerFrame(page, lector.extensionId);
  const settled = await frame.waitForSelector(READER_SETTLED, {
    timeout: options.timeout ?? 15_000,
  });
  let testId = await settled.getAttribute('data-testid');
  if (testId === 'not-article' && options.tryAnyway) {
    await frame.click('[data-testid="try-anyway"]');
    const again = await frame.waitForSelector(
      '[data-testid="article-body"], [data-testid="reader-failure"]',
      { timeout: options.timeout ?? 15_000 },
    );
    testId = await again.getAttribute('data-testid');
  }
  const ms = Date.now() - clickedAt;
  const state =
    testId === 'article-body' ? 'article' : testId === 'reader-failure' ? 'failure' : 'not-article';
  return { frame, state, ms };
}

/** Settings for a test profile: no side panel beside the reader (it resizes the page). */
export async function quietSettings(lector: Lector): Promise<void> {
  await lector.inWorker(async () => {
    const { chrome } = globalThis as unknown as { chrome: typeof browser };
    await chrome.storage.local.set({ settings: { openPanelWithReader: false } });
  });
}

/** Every row of a store of Lector's reading-list database, read from one of its pages. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate(
    (name) =>
      new Promise<T[]>((resolve, reject) => {
        const open = indexedDB.open('lector-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const all = db.transaction(name).objectStore(name).getAll();
          all.onsuccess = () => {
            resolve(all.result as T[]);
            db.close();
          };
          all.onerror = () => reject(all.error);
        };
      }),
    store,
  );
}

/** Overwrite stored article bodies straight in IndexedDB, behind the library's back. */
export async function writeBodies(
  page: Page,
  bodies: { id: string; content: string; textContent: string }[],
): Promise<void> {
  await page.evaluate(
    (rows) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('lector-library');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('bodies', 'readwrite');
          for (const row of rows) tx.objectStore('bodies').put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    bodies,
  );
}
