import MiniSearch from 'minisearch';
import type { LibraryContext } from '../context';
import { toLibraryError } from '../errors';
import { fromRow } from '../rows';
import type { ArticleSummary } from '../types';
import { INDEX_OPTIONS, SEARCH_FORMAT, searchDocument, type SearchDocument } from './index-options';
import { loadSnapshot, saveSnapshot } from './snapshot';
import { termText } from './tokenize';

export interface SearchHit {
  article: ArticleSummary;
  score: number;
  /** The indexed terms that matched, for highlighting. */
  terms: string[];
}

/** Articles read and indexed per step of a rebuild (a step is a fraction of a second). */
const REBUILD_SLICE = 100;

/** How many logged changes make a persisted snapshot worth refreshing (see persistIfStale). */
export const STALE_SNAPSHOT_CHANGES = 200;

export interface SearchQuery {
  limit?: number;
}

/**
 * Full-text search over the reading list, kept in step with the store through its change log.
 *
 * Every write transaction appends the ids it touched to `changes` (context.ts logChange). Before
 * each search the index replays the changes it has not seen: this picks up writes from this page
 * and from every other extension page (side panel, library page), at the cost of one small range
 * query per keystroke. The index is loaded from the snapshot persisted in `meta` when there is
 * one (see snapshot.ts and the bench for why), else rebuilt from the bodies.
 */
export function createSearch(context: LibraryContext) {
  const { db } = context;
  let index: MiniSearch<SearchDocument> | null = null;
  /** The last change (`changes.rev`) this index includes. */
  let seenRev = 0;
  let queue: Promise<unknown> = Promise.resolve();

  /** One index operation at a time, in call order, so catching up never runs twice at once. */
  function serial<T>(work: () => Promise<T>): Promise<T> {
    const guarded = () =>
      work().catch((error: unknown) => {
        throw toLibraryError(error);
      });
    const next = queue.then(guarded, guarded);
    queue = next.catch(() => undefined);
    return next;
  }

  /**
   * Index every article from its body. Not one long transaction: a read transaction of tens of
   * seconds (10,000 articles) would hold back every save that waits on it. Slices are read in
   * transactions of their own; whatever is written meanwhile is logged after `startRev`, and
   * the next catch-up replays it (re-adding an article is idempotent).
   */
  async function rebuild(): Promise<void> {
    const fresh = new MiniSearch<SearchDocument>(INDEX_OPTIONS);
    const startRev = (await db.changes.orderBy('rev').last())?.rev ?? 0;
    const ids = (await db.articles.toCollection().primaryKeys()) as string[];
    for (let start = 0; start < ids.length; start += REBUILD_SLICE) {
      const slice = ids.slice(start, start + REBUILD_SLICE);
      const [rows, bodies] = await db.transaction('r', [db.articles, db.bodies], () =>
        Promise.all([db.articles.bulkGet(slice), db.bodies.bulkGet(slice)]),
      );
      rows.forEach((row, i) => row && fresh.add(searchDocument(row, bodies[i])));
    }
    index = fresh;
    seenRev = startRev;
  }

  async function load(): Promise<void> {
    const snapshot = await loadSnapshot(db, SEARCH_FORMAT);
    if (snapshot && snapshot.rev >= (await trimmedThrough())) {
      // Async: it yields between chunks, so a page stays responsive while a big index loads.
      index = await MiniSearch.loadJSONAsync(snapshot.json, INDEX_OPTIONS);
      seenRev = snapshot.rev;
    } else {
      await rebuild();
    }
  }

  async function trimmedThrough(): Promise<number> {
    const value = (await db.meta.get('changes-trimmed-through'))?.value;
    return typeof value === 'number' ? value : 0;
  }

  async function catchUp(): Promise<void> {
    if (!index) await load();
    // Changes this index has not seen were trimmed: start again from the snapshot.
    if (seenRev < (await trimmedThrough())) await load();
    const changes = await db.changes.where('rev').above(seenRev).toArray();
    if (changes.length === 0) return;
    const ids = Array.from(new Set(changes.map((change) => change.articleId)));
    const [rows, bodies] = await db.transaction('r', [db.articles, db.bodies], () =>
      Promise.all([db.articles.bulkGet(ids), db.bodies.bulkGet(ids)]),
    );
    ids.forEach((id, i) => {
      const row = rows[i];
      if (index!.has(id)) index!.discard(id);
      if (row) index!.add(searchDocument(row, bodies[i]));
    });
    seenRev = changes[changes.length - 1]!.rev;
  }

  async function persist(): Promise<void> {
    await catchUp();
    await saveSnapshot(db, { format: SEARCH_FORMAT, rev: seenRev, json: JSON.stringify(index) });
  }

  return {
    /** Results as you type: prefix and typo-tolerant, all words must match, best first. */
    search: (text: string, query: SearchQuery = {}): Promise<SearchHit[]> =>
      serial(async () => {
        await catchUp();
        if (!text.trim()) return [];
        const results = index!.search(text).slice(0, query.limit ?? 50);
        const rows = await db.articles.bulkGet(results.map((result) => String(result.id)));
        return results.flatMap((result, i) => {
          const row = rows[i];
          return row
            ? [{ article: fromRow(row), score: result.score, terms: result.terms.map(termText) }]
            : [];
        });
      }),
    /** Store the index so the next page opens it without reading every body (call when idle). */
    persist: (): Promise<void> => serial(persist),
    /**
     * Persist only when the stored snapshot is `threshold` changes or more behind. Call it when
     * the page is idle or hidden: serializing a 10,000-article index takes seconds, replaying a
     * few hundred changes in a newly opened page takes well under one. Resolves to whether it
     * persisted.
     */
    persistIfStale: (threshold = STALE_SNAPSHOT_CHANGES): Promise<boolean> =>
      serial(async () => {
        const pending = await db.changes
          .where('rev')
          .above(await trimmedThrough())
          .count();
        if (pending < threshold) return false;
        await persist();
        return true;
      }),
    /** Load or rebuild now (e.g. when the search box gets focus), not at the first keystroke. */
    warmUp: (): Promise<void> => serial(catchUp),
    /** For the bench: force a rebuild from the bodies. */
    rebuild: (): Promise<void> => serial(rebuild),
    /** For the bench: drop the in-memory index, as a newly opened page would not have it. */
    forget: (): void => {
      index = null;
      seenRev = 0;
    },
  };
}

export type LibrarySearch = ReturnType<typeof createSearch>;
