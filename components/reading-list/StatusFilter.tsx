import { t } from '../../utils/i18n';
import type { ListFilter } from '../../utils/library/types';
import { formatCount } from '../../utils/reading-list/format';

const FILTERS: readonly ListFilter[] = ['all', 'unread', 'read', 'archived'];

function label(filter: ListFilter): string {
  switch (filter) {
    case 'all':
      return t('listFilterAll');
    case 'unread':
      return t('listFilterUnread');
    case 'read':
      return t('listFilterRead');
    case 'archived':
      return t('listFilterArchived');
  }
}

/** All / unread / read / archived, with their counts when known; one is pressed. */
export function StatusFilter(props: {
  value: ListFilter;
  counts?: Partial<Record<ListFilter, number>>;
  onChange: (filter: ListFilter) => void;
}) {
  return (
    <div class="status-filter" role="group" aria-label={t('listFilterLabel')}>
      {FILTERS.map((filter) => {
        const count = props.counts?.[filter];
        return (
          <button
            key={filter}
            type="button"
            aria-pressed={props.value === filter}
            onClick={() => props.onChange(filter)}
            data-testid={`filter-${filter}`}
          >
            {label(filter)}
            {count !== undefined && <span class="filter-count"> {formatCount(count)}</span>}
          </button>
        );
      })}
    </div>
  );
}
