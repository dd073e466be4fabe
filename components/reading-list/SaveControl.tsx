import { t } from '../../utils/i18n';
import './save-control.css';

export type SaveStatus = 'none' | 'checking' | 'unsaved' | 'saving' | 'saved';

export type SaveNotice =
  | { kind: 'saved' }
  /** A link-only item just got its content from the page being read. */
  | { kind: 'filled' }
  | { kind: 'not-article' }
  | { kind: 'error'; message: string };

interface SaveControlProps {
  status: SaveStatus;
  notice: SaveNotice | null;
  onSave: () => void;
  onDismiss: () => void;
  /** The reading list, from the notice; absent where the list is already at hand. */
  onOpenLibrary?: () => void;
}

function noticeText(notice: SaveNotice): string {
  switch (notice.kind) {
    case 'saved':
      return t('listSavedNotice');
    case 'filled':
      return t('listFilledNotice');
    case 'not-article':
      return t('listSaveNotArticle');
    case 'error':
      return notice.message;
  }
}

/**
 * "Save" in the reader's toolbar (its save slot), "Saved ✓" once the page is in the reading list
 * (saving again updates the saved copy), and below it a notice saying what happened: saved,
 * filled in, or the reading list's own message when saving failed.
 */
export function SaveControl({
  status,
  notice,
  onSave,
  onDismiss,
  onOpenLibrary,
}: SaveControlProps) {
  const saved = status === 'saved';
  const busy = status === 'saving' || status === 'checking';
  return (
    <>
      <button
        type="button"
        class={saved ? 'save-button is-saved' : 'save-button'}
        title={saved ? t('listSaveAgainTitle') : t('listSaveTitle')}
        disabled={status === 'none' || busy}
        aria-busy={busy}
        onClick={onSave}
        data-testid="save-button"
        data-status={status}
      >
        {saved ? t('listSavedButton') : status === 'saving' ? t('listSaving') : t('listSave')}
      </button>
      {notice && (
        <div
          class={notice.kind === 'error' ? 'save-notice is-error' : 'save-notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="save-notice"
          data-kind={notice.kind}
        >
          <p>{noticeText(notice)}</p>
          {onOpenLibrary && (notice.kind === 'saved' || notice.kind === 'filled') && (
            <button type="button" class="link-button" onClick={onOpenLibrary}>
              {t('listOpenLibrary')}
            </button>
          )}
          <button
            type="button"
            class="link-button"
            onClick={onDismiss}
            data-testid="save-notice-dismiss"
          >
            {t('listDismiss')}
          </button>
        </div>
      )}
    </>
  );
}
