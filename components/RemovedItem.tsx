import type { Removal } from '../utils/extract/types';
import { t } from '../utils/i18n';

/**
 * One removed block in "What was removed": its text, why it was removed, and a button to put it
 * back into the view (or take it out again). A block with nothing worth showing has no button.
 */
export function RemovedItem({
  removal,
  restored,
  unplaced,
  onToggle,
}: {
  removal: Removal;
  restored: boolean;
  unplaced: boolean;
  onToggle: (id: string) => void;
}) {
  const canRestore = removal.html.trim() !== '';
  const snippet = removal.text.trim();
  return (
    <li class={restored ? 'removed-item is-restored' : 'removed-item'} data-testid="removed-item">
      <p class="removed-text" data-testid="removed-text">
        {snippet}
      </p>
      {removal.reason && <p class="removed-reason">{removal.reason}</p>}
      {restored && unplaced && <p class="removed-reason">{t('readerPutBackAtEnd')}</p>}
      {canRestore ? (
        <button
          type="button"
          class={restored ? 'text-button' : 'text-button primary'}
          aria-label={
            restored ? t('readerTakeOutLabel', snippet) : t('readerPutBackLabel', snippet)
          }
          onClick={() => onToggle(removal.id)}
          data-testid="removed-toggle"
        >
          {restored ? t('readerTakeOut') : t('readerPutBack')}
        </button>
      ) : (
        <p class="removed-reason">{t('readerNothingToShow')}</p>
      )}
    </li>
  );
}
