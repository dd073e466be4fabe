import { Dexie } from 'dexie';

/**
 * Calls back (once per burst, after `wait` ms) when the reading list changes, in this page or in
 * any other page or worker of the extension: Dexie broadcasts every committed write to the other
 * contexts of the origin. A save from the reader overlay (written by the background) shows in the
 * side panel's list this way. Returns the unsubscribe function.
 */
export function watchLibrary(callback: () => void, wait = 150): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = () => {
    clearTimeout(timer);
    timer = setTimeout(callback, wait);
  };
  Dexie.on('storagemutated', listener);
  return () => {
    clearTimeout(timer);
    Dexie.on.storagemutated.unsubscribe(listener);
  };
}
