import type { LibraryDb } from '../db';

/**
 * The persisted search index: MiniSearch's JSON, the index format it was built with, and the
 * last change it includes. Saving it also trims the change log up to that change: whoever is
 * behind it (another page's index) reloads this snapshot instead of replaying trimmed changes.
 */
export interface SearchSnapshot {
  format: number;
  rev: number;
  json: string;
}

const SNAPSHOT_KEY = 'search-index';
const TRIMMED_KEY = 'changes-trimmed-through';

export async function loadSnapshot(db: LibraryDb, format: number): Promise<SearchSnapshot | null> {
  const value = (await db.meta.get(SNAPSHOT_KEY))?.value as SearchSnapshot | undefined;
  return value && value.format === format && typeof value.json === 'string' ? value : null;
}

export async function saveSnapshot(db: LibraryDb, snapshot: SearchSnapshot): Promise<void> {
  await db.transaction('rw', [db.meta, db.changes], async () => {
    await db.meta.put({ key: SNAPSHOT_KEY, value: snapshot });
    await db.meta.put({ key: TRIMMED_KEY, value: snapshot.rev });
    await db.changes.where('rev').belowOrEqual(snapshot.rev).delete();
  });
}
