import type { Response } from '../messaging/protocol';
import { sendToTab } from '../messaging/send';

type SnapshotAnswer = Response<'bg-cs-get-snapshot'>;
type AskPage = (tabId: number) => Promise<SnapshotAnswer>;

/** An unclaimed snapshot is dropped after this long (the reader asks within a second or so). */
export const PREFETCH_KEEP_MS = 10_000;

export interface SnapshotPrefetch {
  /** The reader has just been opened over this tab: ask its page for the snapshot now. */
  start(tabId: number): void;
  /** The snapshot for the reader in this tab: the one asked for at opening, else a fresh one. */
  take(tabId: number): Promise<SnapshotAnswer>;
  /** The tab's page went away or its reader closed: an unclaimed snapshot is of no more use. */
  forget(tabId: number): void;
}

/**
 * Why: the reader page needs a good part of the click-to-paint time just to load its code (the
 * browser fetches and compiles it), and only then asked the page for its snapshot, which the
 * page then serialized: two round trips and the serialization one after the other. Asked for as
 * soon as the overlay is in the page, the snapshot is taken while the reader page loads, and the
 * reader's own request finds it ready. Each snapshot is handed out once, to the reader of the
 * tab it was taken in; a later request (a retry) asks the page again.
 */
export function createSnapshotPrefetch(
  askPage: AskPage = (tabId) => sendToTab(tabId, 'bg-cs-get-snapshot', {}),
  keepMs = PREFETCH_KEEP_MS,
): SnapshotPrefetch {
  const waiting = new Map<
    number,
    { answer: Promise<SnapshotAnswer>; timer: ReturnType<typeof setTimeout> }
  >();
  const forget = (tabId: number) => {
    const entry = waiting.get(tabId);
    if (!entry) return;
    clearTimeout(entry.timer);
    waiting.delete(tabId);
  };
  return {
    start(tabId) {
      forget(tabId);
      const answer = askPage(tabId);
      // Any later start, take or forget of this tab clears the timer: when it fires, the entry
      // is still this one.
      const timer = setTimeout(() => waiting.delete(tabId), keepMs);
      waiting.set(tabId, { answer, timer });
    },
    take(tabId) {
      const entry = waiting.get(tabId);
      forget(tabId);
      return entry?.answer ?? askPage(tabId);
    },
    forget,
  };
}

/** The background's one prefetch (state of the service worker's life; lost on restart, harmlessly). */
export const snapshotPrefetch = createSnapshotPrefetch();
