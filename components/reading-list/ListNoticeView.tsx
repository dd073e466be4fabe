import { t } from '../../utils/i18n';
import type { ListNotice } from './use-list-actions';

function text(notice: ListNotice): string {
  if (notice.kind !== 'deleted') return notice.message;
  const [first] = notice.articles;
  return notice.articles.length === 1 && first
    ? t('listDeletedOne', first.title)
    : t('listDeletedMany', String(notice.articles.length));
}

/**
 * The list's notice, at the bottom: "Deleted … Undo", an outcome, or the reading list's message
 * when something failed (an alert, until dismissed).
 */
export function ListNoticeView(props: {
  notice: ListNotice | null;
  onUndo: () => void;
  onDismiss: () => void;
}) {
  const { notice } = props;
  return (
    <div class="list-notice-region" aria-live="polite">
      {notice && (
        <div
          class={notice.kind === 'error' ? 'list-notice is-error' : 'list-notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="list-notice"
          data-kind={notice.kind}
        >
          <p>{text(notice)}</p>
          {notice.kind === 'deleted' && (
            <button
              type="button"
              class="link-button"
              onClick={props.onUndo}
              data-testid="list-undo"
            >
              {t('listUndo')}
            </button>
          )}
          <button type="button" class="link-button" onClick={props.onDismiss}>
            {t('listDismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
