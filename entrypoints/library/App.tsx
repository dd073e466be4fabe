import { useMemo, useState } from 'preact/hooks';
import { ArticleItem } from '../../components/reading-list/ArticleItem';
import { ExportReminder } from '../../components/reading-list/ExportReminder';
import { ItemActions } from '../../components/reading-list/ItemActions';
import { ListNoticeView } from '../../components/reading-list/ListNoticeView';
import { TagEditor } from '../../components/reading-list/TagEditor';
import { useListActions } from '../../components/reading-list/use-list-actions';
import '../../components/reading-list/list.css';
import { t } from '../../utils/i18n';
import type { ExportFormat } from '../../utils/library/export/export-file';
import type { Library } from '../../utils/library/library';
import { formatCount } from '../../utils/reading-list/format';
import { savedReaderUrl } from '../../utils/reading-list/pages';
import { exportToDownload, importFiles } from '../../utils/reading-list/transfer';
import type { DomWindow } from '../../utils/sanitize';
import { LibraryFilters } from './LibraryFilters';
import { Pagination } from './Pagination';
import { SelectionBar } from './SelectionBar';
import { TransferPanel } from './TransferPanel';
import { PAGE_SIZE, useLibraryPage } from './use-library-page';
import { useFileDrop } from './use-file-drop';

const win = () => window as unknown as DomWindow;

/**
 * The full-page reading list: search, sorts and filters, tags, status, delete with Undo,
 * selection and export, import by picker or drop, the export reminder and the counts. Read a
 * page of 50 at a time, so a list of 10,000 opens as fast as one of 50.
 */
export function LibraryApp({ library }: { library: Library }) {
  const { query, setQuery, list, facts, selection } = useLibraryPage(library);
  const refresh = () => {
    list.reload();
    facts.refresh();
  };
  const actions = useListActions(library, refresh);
  const [busy, setBusy] = useState(false);

  const transfer = async (work: () => Promise<string[] | string>) => {
    setBusy(true);
    try {
      const outcome = await work();
      actions.inform(Array.isArray(outcome) ? outcome.join(' ') : outcome);
    } catch (error) {
      actions.fail(error);
    } finally {
      setBusy(false);
      refresh();
    }
  };
  const importAll = (files: File[]) => void transfer(() => importFiles(library, files, win()));
  const exportAs = (format: ExportFormat, ids?: string[]) =>
    void transfer(async () =>
      t('libraryExported', await exportToDownload(library, format, win(), ids)),
    );
  const dragging = useFileDrop(importAll);

  const pageIds = useMemo(() => list.items.map((article) => article.id), [list.items]);
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selection.ids.has(id));
  const selectedIds = Array.from(selection.ids);

  return (
    <div class="library" data-dragging={dragging ? '' : undefined}>
      <header class="library-header">
        <h1>{t('libraryTitle')}</h1>
        <p class="library-counts" data-testid="library-counts">
          {t('libraryCounts', [
            formatCount(facts.counts.all ?? 0),
            formatCount(facts.counts.unread ?? 0),
            formatCount(facts.counts.read ?? 0),
            formatCount(facts.counts.archived ?? 0),
          ])}
        </p>
      </header>
      <main>
        {facts.remind && (
          <ExportReminder
            onExport={() => exportAs('lector-json')}
            onDismiss={() => void actions.run(() => library.exportReminder.dismiss())}
          />
        )}
        <TransferPanel busy={busy} onImport={importAll} onExport={(format) => exportAs(format)} />
        <LibraryFilters
          query={query}
          facts={facts}
          onChange={setQuery}
          onSearchFocus={() => void library.searchIndex.warmUp().catch(() => {})}
        />
        {selection.ids.size > 0 && (
          <SelectionBar
            count={selection.ids.size}
            busy={busy}
            onExport={(format) => exportAs(format, selectedIds)}
            onStatus={(status) => void actions.setStatus(selectedIds, status)}
            onDelete={() => {
              void actions.remove(selectedIds);
              selection.clear();
            }}
            onClear={selection.clear}
          />
        )}
        {list.error && (
          <p class="list-error" role="alert">
            {list.error}
          </p>
        )}
        <div class="list-head">
          <label class="select-all">
            <input
              type="checkbox"
              checked={allOnPage}
              disabled={pageIds.length === 0}
              onChange={(event) =>
                selection.setMany(pageIds, (event.currentTarget as HTMLInputElement).checked)
              }
              data-testid="select-page"
            />
            {t('librarySelectPage')}
          </label>
          {query.text.trim() !== '' && <span class="list-note">{t('librarySortBySearch')}</span>}
        </div>
        {!list.loading && !list.error && list.items.length === 0 && (
          <p class="list-note" data-testid="list-empty">
            {query.text.trim() ? t('listNoMatches') : t('listEmpty')}
          </p>
        )}
        <ol class="list" aria-busy={list.loading || list.searching} data-testid="library-list">
          {list.items.map((article) => (
            <ArticleItem
              key={article.id}
              article={article}
              href={savedReaderUrl(article.id, 'library')}
              onOpen={() => {}}
              showStatus={query.filter === 'all'}
              lead={
                <input
                  type="checkbox"
                  class="item-select"
                  aria-label={t('librarySelectItem', article.title)}
                  checked={selection.ids.has(article.id)}
                  onChange={(event) =>
                    selection.toggle(article.id, (event.currentTarget as HTMLInputElement).checked)
                  }
                  data-testid="item-select"
                />
              }
              extra={
                <TagEditor
                  id={article.id}
                  title={article.title}
                  tags={article.tags}
                  onChange={(tags) => void actions.setTags(article.id, tags)}
                />
              }
            >
              <ItemActions
                article={article}
                onStatus={(status) => void actions.setStatus([article.id], status)}
                onDelete={() => {
                  selection.toggle(article.id, false);
                  void actions.remove([article.id]);
                }}
              />
            </ArticleItem>
          ))}
        </ol>
        <Pagination
          offset={query.offset}
          pageSize={PAGE_SIZE}
          shown={list.items.length}
          total={list.total}
          onOffset={(offset) => {
            setQuery({ offset });
            window.scrollTo({ top: 0 });
          }}
        />
      </main>
      <ListNoticeView notice={actions.notice} onUndo={actions.undo} onDismiss={actions.dismiss} />
      {dragging && (
        <div class="drop-overlay" aria-hidden="true">
          <p>{t('libraryDropHere')}</p>
        </div>
      )}
    </div>
  );
}
