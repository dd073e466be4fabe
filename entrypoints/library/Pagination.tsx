import { t } from '../../utils/i18n';
import { formatCount } from '../../utils/reading-list/format';

/** "51–100 of 10,000" with previous / next: the list is read one page at a time. */
export function Pagination(props: {
  offset: number;
  pageSize: number;
  shown: number;
  total: number;
  onOffset: (offset: number) => void;
}) {
  const { offset, pageSize, shown, total } = props;
  if (total === 0) return null;
  const range = t('libraryRange', [
    formatCount(offset + 1),
    formatCount(offset + shown),
    formatCount(total),
  ]);
  return (
    <nav class="pagination" aria-label={t('libraryPages')} data-testid="pagination">
      <button
        type="button"
        class="button"
        disabled={offset === 0}
        onClick={() => props.onOffset(Math.max(0, offset - pageSize))}
        data-testid="page-previous"
      >
        {t('libraryPrevious')}
      </button>
      <span data-testid="page-range">{range}</span>
      <button
        type="button"
        class="button"
        disabled={offset + shown >= total}
        onClick={() => props.onOffset(offset + pageSize)}
        data-testid="page-next"
      >
        {t('libraryNext')}
      </button>
    </nav>
  );
}
