import type { ReadResult } from '../extract/types';
import type { MessageType, Request, Response } from '../messaging/protocol';
import { articleData, isSavable, type SavedRef } from './article-data';
import { watchSaveIntent } from './save-intent';

export type SaveAnswer = { ok: true; saved: SavedRef | null } | { ok: false; message: string };
export type SyncAnswer =
  { ok: true; saved: SavedRef | null; saveRequested: boolean } | { ok: false; message: string };

/** Reading position of a saved article: where to start, and where the reader has got to. */
export interface ProgressPort {
  initial(): number;
  report(progress: number): Promise<unknown>;
}

/**
 * What the reader page needs of the reading list, whichever page it shows: the live page in the
 * overlay (through the background) or a stored copy (`reader.html?saved=<id>`, direct).
 */
export interface ReaderListPort {
  mode: 'live' | 'saved';
  /** Once a result is shown: is it saved (a saved copy is refreshed), was a save requested? */
  sync(result: ReadResult): Promise<SyncAnswer>;
  save(result: ReadResult): Promise<SaveAnswer>;
  /** Save requests for this reader's page from the context menu or command, after `sync`. */
  watchRequests(callback: () => void): () => void;
  progress?: ProgressPort;
}

type Send = <T extends MessageType>(
  type: T,
  payload: Omit<Request<T>, 'type'>,
) => Promise<Response<T>>;

/** The overlay's port: the background holds the list (see the 'reader-bg-save' message). */
export function createLivePort(
  send: Send,
  watch: typeof watchSaveIntent = watchSaveIntent,
): ReaderListPort {
  let tabId: number | null = null;
  return {
    mode: 'live',
    async sync(result) {
      const answer = await send('reader-bg-sync', {
        url: result.url,
        article: isSavable(result) ? articleData(result) : null,
      });
      if (!answer.ok) return { ok: false, message: answer.message };
      tabId = answer.tabId;
      return { ok: true, saved: answer.saved, saveRequested: answer.saveRequested };
    },
    async save(result) {
      const answer = await send('reader-bg-save', { article: articleData(result) });
      return answer.ok ? { ok: true, saved: answer.saved } : { ok: false, message: answer.message };
    },
    watchRequests(callback) {
      return tabId === null ? () => {} : watch(tabId, callback);
    },
  };
}
