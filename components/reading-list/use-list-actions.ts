import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Library } from '../../utils/library/library';
import type { ArticleStatus, SavedArticle } from '../../utils/library/types';

export type ListNotice =
  | { kind: 'deleted'; articles: SavedArticle[] }
  | { kind: 'info'; message: string }
  | { kind: 'error'; message: string };

const UNDO_MS = 10_000;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * What a list does to its articles (status, tags, delete with Undo), with one notice that says
 * what happened: "Deleted … Undo", or the library's message when a write failed.
 */
export function useListActions(library: Library, onChanged: () => void = () => {}) {
  const [notice, setNotice] = useState<ListNotice | null>(null);

  const run = useCallback(
    async <T>(work: () => Promise<T>): Promise<T | undefined> => {
      try {
        return await work();
      } catch (error) {
        setNotice({ kind: 'error', message: messageOf(error) });
        return undefined;
      } finally {
        // Show the change at once (the change watcher would, a moment later).
        onChanged();
      }
    },
    [onChanged],
  );

  // Undo is offered for a while; an error stays until dismissed.
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => setNotice(null), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return {
    notice,
    run,
    dismiss: () => setNotice(null),
    inform: (message: string) => setNotice({ kind: 'info', message }),
    fail: (error: unknown) => setNotice({ kind: 'error', message: messageOf(error) }),
    setStatus: (ids: string[], status: ArticleStatus) =>
      run(async () => {
        for (const id of ids) await library.setStatus(id, status);
      }),
    setTags: (id: string, tags: string[]) => run(() => library.setTags(id, tags)),
    remove: (ids: string[]) =>
      run(async () => {
        const deleted: SavedArticle[] = [];
        try {
          for (const id of ids) deleted.push(await library.delete(id));
        } finally {
          if (deleted.length) setNotice({ kind: 'deleted', articles: deleted });
        }
      }),
    undo: async () => {
      if (notice?.kind !== 'deleted') return;
      const { articles } = notice;
      setNotice(null);
      await run(async () => {
        for (const article of articles) await library.restore(article);
      });
    },
  };
}

export type ListActions = ReturnType<typeof useListActions>;
