import { createSavedSource, type SavedSource } from '../reader/saved-source';
import { leaveSavedReader } from './pages';
import type { ReaderListPort } from './reader-port';
import type { Library } from '../library/library';
import type { DomWindow } from '../sanitize';

/** The saved reader's port: the item is saved; the reading position is kept as it scrolls. */
export function createSavedPort(library: Library, id: string, source: SavedSource): ReaderListPort {
  const saved = () => ({ id, filled: false });
  return {
    mode: 'saved',
    sync: async () =>
      source.article
        ? { ok: true, saved: saved(), saveRequested: false }
        : { ok: true, saved: null, saveRequested: false },
    save: async () => ({ ok: true, saved: saved() }),
    watchRequests: () => () => {},
    progress: {
      initial: () => source.article?.progress ?? 0,
      report: (progress) => library.setProgress(id, progress),
    },
  };
}

/** The reader page's source and port for `reader.html?saved=<id>`. */
export function savedMode(library: Library, id: string, win: DomWindow) {
  const source = createSavedSource({ library, id, win, leave: () => leaveSavedReader(win) });
  return { source, list: createSavedPort(library, id, source) };
}
