/**
 * "Next page" in the reader of a story split over pages (utils/extract/article-pages.ts): the
 * tab goes to that page, and the reader opens again once the page has loaded, as if the person
 * had clicked the toolbar icon there. Kept in memory, as readerTabs is: a background restarted
 * in between only means the reader does not reopen by itself.
 *
 * A turn is taken by the first load of the tab that starts after it was asked for and completes
 * within a minute; any other page the tab reaches later opens no reader.
 */
const TURN_EXPIRES_MS = 60_000;

interface Turn {
  askedAt: number;
  /** The tab started loading a page since the turn was asked for. */
  started: boolean;
}

export interface PageTurns {
  /** The reader asked to show page `tabId` goes to next. */
  expect(tabId: number, now?: number): void;
  /** The tab started loading a page. */
  loading(tabId: number): void;
  /** The tab finished loading: whether the reader should open on it (the turn is then used up). */
  take(tabId: number, now?: number): boolean;
  forget(tabId: number): void;
}

export function createPageTurns(): PageTurns {
  const turns = new Map<number, Turn>();
  return {
    expect(tabId, now = Date.now()) {
      turns.set(tabId, { askedAt: now, started: false });
    },
    loading(tabId) {
      const turn = turns.get(tabId);
      if (turn) turn.started = true;
    },
    take(tabId, now = Date.now()) {
      const turn = turns.get(tabId);
      if (!turn?.started) return false;
      turns.delete(tabId);
      return now - turn.askedAt <= TURN_EXPIRES_MS;
    },
    forget(tabId) {
      turns.delete(tabId);
    },
  };
}

/** The background's page turns. */
export const pageTurns = createPageTurns();
