import { runRead, type LibraryContext } from '../context';
import { fromRow, sortKey } from '../rows';
import type { ArticleSummary } from '../types';

interface TitleKeys {
  /** The last logged change when the keys were read: any save or delete changes it. */
  version: string;
  titles: string[];
  ids: string[];
}

/**
 * Title matches straight from the `titleSort` index, with no search index: what the search box
 * shows on the first keystrokes while the full-text index is still loading (seconds at 10,000
 * articles, see the bench). Every typed word must occur in the title, ignoring case and accents.
 * The index keys are read once and kept until the next write to the list.
 */
export function createQuickSearch(context: LibraryContext) {
  const { articles, changes, meta } = context.db;
  let cached: TitleKeys | null = null;

  async function currentVersion(): Promise<string> {
    const last = (await changes.orderBy('rev').last())?.rev;
    const trimmed = (await meta.get('changes-trimmed-through'))?.value;
    return `${String(last)}/${String(trimmed)}`;
  }

  async function titleKeys(): Promise<TitleKeys> {
    const version = await currentVersion();
    if (cached?.version === version) return cached;
    const titles = (await articles.orderBy('titleSort').keys()) as string[];
    const ids = (await articles.orderBy('titleSort').primaryKeys()) as string[];
    cached = { version, titles, ids };
    return cached;
  }

  return (text: string, { limit = 50 }: { limit?: number } = {}): Promise<ArticleSummary[]> => {
    const words = sortKey(text).split(/\s+/).filter(Boolean);
    if (words.length === 0) return Promise.resolve([]);
    return runRead(context, async () => {
      const { titles, ids } = await titleKeys();
      const matching: string[] = [];
      for (let i = 0; i < titles.length && matching.length < limit; i++) {
        if (words.every((word) => titles[i]!.includes(word))) matching.push(ids[i]!);
      }
      const rows = await articles.bulkGet(matching);
      return rows.flatMap((row) => (row ? [fromRow(row)] : []));
    });
  };
}
