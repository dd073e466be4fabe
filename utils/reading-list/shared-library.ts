import { openLibraryDb } from '../library/db';
import { createLibrary, type Library } from '../library/library';

let library: Library | null = null;

/**
 * The page's one library over the extension's database (utils/library/README.md: one per
 * extension page), opened on first use so that a page or worker that never touches the reading
 * list never opens IndexedDB.
 */
export function sharedLibrary(): Library {
  library ??= createLibrary(openLibraryDb());
  return library;
}
