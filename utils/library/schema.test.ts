import { Dexie } from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { declareSchema, openLibraryDb } from './db';
import { createLibrary } from './library';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS, type SchemaVersion } from './schema';
import { sampleInput } from './test-helpers';

describe('the schema', () => {
  it('lists versions in increasing order, each saying why', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    for (const version of SCHEMA_VERSIONS) expect(version.why.length).toBeGreaterThan(10);
  });

  it('creates every table and index of the current version', async () => {
    const db = openLibraryDb('schema-test', { indexedDB: new IDBFactory(), IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    const articles = db.table('articles').schema;
    expect(articles.primKey.name).toBe('id');
    expect(articles.idxByName.canonicalUrl?.unique).toBe(true);
    expect(articles.idxByName.tags?.multi).toBe(true);
    expect(Object.keys(articles.idxByName)).toEqual(
      expect.arrayContaining([
        'savedAt',
        '[status+savedAt]',
        '[status+titleSort]',
        '[status+siteSort]',
      ]),
    );
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'bodies', 'changes', 'meta']);
  });

  it('upgrades a database made by an older version, rows and all (the migration pattern)', async () => {
    const indexedDB = new IDBFactory();
    const old = openLibraryDb('upgrade-test', { indexedDB, IDBKeyRange });
    const saved = await createLibrary(old).save(sampleInput());
    old.close();

    // A future version as schema.ts would append it: a new index and a field for old rows.
    const next: SchemaVersion = {
      version: CURRENT_SCHEMA_VERSION + 1,
      why: 'test: index readAt, and give every article a `starred` flag',
      stores: {
        ...SCHEMA_VERSIONS.at(-1)!.stores,
        articles: `${SCHEMA_VERSIONS.at(-1)!.stores.articles}, readAt`,
      },
      upgrade: (tx) =>
        tx
          .table('articles')
          .toCollection()
          .modify((row: Record<string, unknown>) => {
            row.starred = false;
          })
          .then(() => undefined),
    };
    const upgraded = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
    declareSchema(upgraded, [...SCHEMA_VERSIONS, next]);
    await upgraded.open();
    expect(upgraded.verno).toBe(next.version);
    const row = (await upgraded.table('articles').get(saved.id)) as Record<string, unknown>;
    expect(row).toMatchObject({ title: saved.title, starred: false });
    expect((await upgraded.table('bodies').get(saved.id)) as unknown).toMatchObject({
      content: saved.content,
    });
  });
});
