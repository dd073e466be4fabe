import type { Transaction } from 'dexie';

/**
 * The reading list's IndexedDB schema, one entry per version, oldest first. The newest entry is
 * the schema in force; older entries stay so that Dexie can upgrade a database of any age.
 *
 * To change the schema: APPEND a version (never edit a shipped one) with the full `stores` map
 * (Dexie diffs the index lists) and, when existing rows need new or changed fields, an `upgrade`
 * that rewrites them inside Dexie's upgrade transaction. Say why in `why`. With the new version,
 * add a test in schema.test.ts that fills a database at the previous version and opens it with
 * the new one (the test there shows the pattern with a made-up version).
 *
 * Tables:
 * - `articles`: ArticleRow (the summary plus sort keys), never the body: the list view reads only
 *   this table, so opening the list does not pull megabytes of HTML.
 * - `bodies`: ArticleBody (sanitized HTML and text) by article id.
 * - `changes`: one row per written article id, in write order. The search index replays it to
 *   catch up with writes from this page and from other extension pages (search/sync.ts).
 * - `meta`: small key/value records (the persisted search index, the export reminder state).
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string>;
  why: string;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    why: 'First schema: summaries apart from bodies; indexes for every sort x status filter.',
    stores: {
      articles:
        'id, &canonicalUrl, savedAt, titleSort, siteSort, site, *tags, [status+savedAt], [status+titleSort], [status+siteSort]',
      bodies: 'id',
      changes: '++rev, articleId',
      meta: 'key',
    },
  },
];

export const CURRENT_SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!.version;
