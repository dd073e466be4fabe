import { Dexie, type EntityTable } from 'dexie';
import type { ArticleRow } from './rows';
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import type { ArticleBody } from './types';

export interface ChangeRow {
  rev: number;
  articleId: string;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

export type LibraryDb = Dexie & {
  articles: EntityTable<ArticleRow, 'id'>;
  bodies: EntityTable<ArticleBody, 'id'>;
  changes: EntityTable<ChangeRow, 'rev'>;
  meta: EntityTable<MetaRow, 'key'>;
};

export const DEFAULT_DB_NAME = 'lector-library';

/** Where IndexedDB comes from: the browser's by default, fake-indexeddb's in tests and the bench. */
export interface IndexedDbDeps {
  indexedDB: IDBFactory;
  IDBKeyRange: typeof IDBKeyRange;
}

/** Declare schema versions (with their upgrades) on a Dexie instance, oldest first. */
export function declareSchema(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const { version, stores, upgrade } of versions) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
}

/** The database with every schema version declared; Dexie opens it (and upgrades it) on first use. */
export function openLibraryDb(name = DEFAULT_DB_NAME, deps?: IndexedDbDeps): LibraryDb {
  const db = new Dexie(
    name,
    deps ? { indexedDB: deps.indexedDB, IDBKeyRange: deps.IDBKeyRange } : {},
  );
  declareSchema(db, SCHEMA_VERSIONS);
  return db as LibraryDb;
}
