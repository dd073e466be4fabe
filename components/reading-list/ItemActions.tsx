import { t } from '../../utils/i18n';
import type { ArticleStatus, ArticleSummary } from '../../utils/library/types';

interface ItemActionsProps {
  article: Pick<ArticleSummary, 'title' | 'status'>;
  onStatus: (status: ArticleStatus) => void;
  onDelete: () => void;
}

/**
 * An article's actions in a list: read / unread, archive / back to the list, delete (the list
 * offers Undo). Each button's name ends with the article's title, hidden, for screen readers
 * that list buttons out of context.
 */
export function ItemActions({ article, onStatus, onDelete }: ItemActionsProps) {
  const about = <span class="visually-hidden">: {article.title}</span>;
  const read = article.status === 'read';
  const archived = article.status === 'archived';
  return (
    <>
      <button
        type="button"
        class="small-button"
        onClick={() => onStatus(read ? 'unread' : 'read')}
        data-testid="action-read"
      >
        {read ? t('listMarkUnread') : t('listMarkRead')}
        {about}
      </button>
      <button
        type="button"
        class="small-button"
        onClick={() => onStatus(archived ? 'unread' : 'archived')}
        data-testid="action-archive"
      >
        {archived ? t('listUnarchive') : t('listArchive')}
        {about}
      </button>
      <button
        type="button"
        class="small-button danger"
        onClick={onDelete}
        data-testid="action-delete"
      >
        {t('listDelete')}
        {about}
      </button>
    </>
  );
}
