import { browser } from 'wxt/browser';
import { toggleReader } from '../background/reader-toggle';
import { OVERLAY_TAG } from '../page/snapshot';

/** Runs in the page (serialized by executeScript): is Lector's overlay there? */
function overlayPresent(tag: string): boolean {
  return document.querySelector(tag) !== null;
}

const pending = new Map<number, Promise<boolean>>();

/**
 * Open the reader over a tab's page, never close it: `toggleReader` toggles, so look first.
 * One attempt per tab at a time, so two quick detections (an SPA changing route twice) cannot
 * open and then close it. Resolves to true when this call opened it.
 */
export function openReaderOnly(tabId: number): Promise<boolean> {
  const previous = pending.get(tabId) ?? Promise.resolve(false);
  const run = previous.then(async () => {
    try {
      const [probe] = await browser.scripting.executeScript({
        target: { tabId },
        func: overlayPresent,
        args: [OVERLAY_TAG],
      });
      if (probe?.result !== false) return false;
    } catch {
      return false;
    }
    return (await toggleReader(tabId)) === 'opened';
  });
  pending.set(tabId, run);
  void run.finally(() => {
    if (pending.get(tabId) === run) pending.delete(tabId);
  });
  return run;
}
