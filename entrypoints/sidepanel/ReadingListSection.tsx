import { useEffect, useMemo, useState } from 'preact/hooks';
import { ArticleItem } from '../../components/reading-list/ArticleItem';
import { ItemActions } from '../../components/reading-list/ItemActions';
import { ListNoticeView } from '../../components/reading-list/ListNoticeView';
import { SearchField } from '../../components/reading-list/SearchField';
import { StatusFilter } from '../../components/reading-list/StatusFilter';
import { useArticleList } from '../../components/reading-list/use-article-list';
import { useListActions } from '../../components/reading-list/use-list-actions';
import '../../components/reading-list/list.css';
import './reading-list.css';
import { t } from '../../utils/i18n';
import type { Library } from '../../utils/library/library';
import type { ListFilter } from '../../utils/library/types';
import { DEFAULT_QUERY } from '../../utils/reading-list/list-query';
import { libraryUrl, openInNewTab, savedReaderUrl } from '../../utils/reading-list/pages';
import { sharedLibrary } from '../../utils/reading-list/shared-library';

const PAGE = 10;

/** A plain click opens the page in a new tab through the tabs API; other clicks are links'. */
const opener = (url: string) => (event: MouseEvent) => {
  if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
    return;
  event.preventDefault();
  void openInNewTab(url);
};

/**
 * The reading list in the side panel, under the tab's related articles: newest first, filtered
 * by status, searched as you type; an item opens its saved copy in the reader. Compact: ten at a
 * time, and the full library page for the rest.
 */
export function ReadingListSection(props: { library?: Library }) {
  const library = useMemo(() => props.library ?? sharedLibrary(), [props.library]);
  const [filter, setFilter] = useState<ListFilter>('unread');
  const [text, setText] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const list = useArticleList(library, { ...DEFAULT_QUERY, text, filter, limit });
  const actions = useListActions(library, list.reload);
  const searching = text.trim() !== '';

  // Keep the search index's snapshot fresh when the panel is put away (cheap unless far behind).
  useEffect(() => {
    const onHidden = () => {
      if (document.visibilityState === 'hidden')
        void library.searchIndex.persistIfStale().catch(() => {});
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => document.removeEventListener('visibilitychange', onHidden);
  }, [library]);

  return (
    <section class="reading-list" aria-labelledby="reading-list-heading" data-testid="reading-list">
      <div class="reading-list-header">
        <h2 id="reading-list-heading">{t('listHeading')}</h2>
        <a
          class="link-button"
          href={libraryUrl()}
          onClick={opener(libraryUrl())}
          data-testid="open-library"
        >
          {t('listOpenLibrary')}
        </a>
      </div>
      <SearchField
        id="panel-search"
        value={text}
        onInput={(value) => {
          setText(value);
          setLimit(PAGE);
        }}
        onFocus={() => void library.searchIndex.warmUp().catch(() => {})}
      />
      <StatusFilter
        value={filter}
        onChange={(next) => {
          setFilter(next);
          setLimit(PAGE);
        }}
      />
      {list.error && (
        <p class="list-error" role="alert">
          {list.error}
        </p>
      )}
      {!list.loading && !list.error && list.items.length === 0 && (
        <p class="list-note" data-testid="list-empty">
          {searching ? t('listNoMatches') : t('listEmpty')}
        </p>
      )}
      <ol class="list" aria-busy={list.loading || list.searching} data-testid="panel-list">
        {list.items.map((article) => (
          <ArticleItem
            key={article.id}
            article={article}
            href={savedReaderUrl(article.id)}
            onOpen={opener(savedReaderUrl(article.id))}
            showStatus={filter === 'all'}
          >
            <ItemActions
              article={article}
              onStatus={(status) => void actions.setStatus([article.id], status)}
              onDelete={() => void actions.remove([article.id])}
            />
          </ArticleItem>
        ))}
      </ol>
      {list.total > list.items.length && (
        <button
          type="button"
          class="text-action"
          onClick={() => setLimit((n) => n + PAGE)}
          data-testid="list-more"
        >
          {t('listShowMore', String(list.total - list.items.length))}
        </button>
      )}
      <ListNoticeView notice={actions.notice} onUndo={actions.undo} onDismiss={actions.dismiss} />
    </section>
  );
}
