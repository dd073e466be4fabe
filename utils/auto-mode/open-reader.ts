import { browser } from 'wxt/browser';
import { snapshotPrefetch } from '../background/snapshot-prefetch';

const pending = new Map<number, Promise<boolean>>();

/**
 * Open the reader over a tab's page for auto mode: unseen, until the reading core has judged the
 * page an article (utils/reader/auto-open.ts), and never closing a reader already open. One
 * attempt per tab at a time, so two quick detections (an SPA changing route twice) cannot open
 * it twice. Resolves to true when this call opened it. A failure is quiet: nobody asked.
 */
export function openReaderOnly(tabId: number): Promise<boolean> {
  const previous = pending.get(tabId) ?? Promise.resolve(false);
  const run = previous.then(async () => {
    try {
      const [injection] = await browser.scripting.executeScript({
        target: { tabId },
        files: ['/reader-overlay-auto.js'],
      });
      const opened = injection?.result === 'opened';
      // Its page is serialized while the unseen reader loads (snapshot-prefetch.ts).
      if (opened) snapshotPrefetch.start(tabId);
      return opened;
    } catch {
      return false;
    }
  });
  pending.set(tabId, run);
  void run.finally(() => {
    if (pending.get(tabId) === run) pending.delete(tabId);
  });
  return run;
}
