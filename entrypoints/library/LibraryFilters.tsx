import { SearchField } from '../../components/reading-list/SearchField';
import { StatusFilter } from '../../components/reading-list/StatusFilter';
import { t } from '../../utils/i18n';
import type { NamedCount } from '../../utils/library/read';
import type { ListSort } from '../../utils/library/types';
import type { ArticleQuery } from '../../utils/reading-list/list-query';
import type { LibraryFacts } from './use-library-page';

const SORTS: readonly ListSort[] = ['newest', 'oldest', 'title', 'site'];

function sortLabel(sort: ListSort): string {
  switch (sort) {
    case 'newest':
      return t('librarySortNewest');
    case 'oldest':
      return t('librarySortOldest');
    case 'title':
      return t('librarySortTitle');
    case 'site':
      return t('librarySortSite');
  }
}

function NamedSelect(props: {
  id: string;
  label: string;
  any: string;
  value: string | null;
  options: NamedCount[];
  onChange: (value: string | null) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(event) =>
          props.onChange((event.currentTarget as HTMLSelectElement).value || null)
        }
        data-testid={props.id}
      >
        <option value="">{props.any}</option>
        {props.options.map((option) => (
          <option key={option.name} value={option.name}>
            {option.name} ({option.count})
          </option>
        ))}
      </select>
    </div>
  );
}

/** Search, sort, and the status, site and tag filters of the library page. */
export function LibraryFilters(props: {
  query: ArticleQuery;
  facts: LibraryFacts;
  onChange: (change: Partial<ArticleQuery>) => void;
  onSearchFocus: () => void;
}) {
  const { query, facts } = props;
  const searching = query.text.trim() !== '';
  return (
    <div class="filters" data-testid="library-filters">
      <SearchField
        id="library-search"
        value={query.text}
        onInput={(text) => props.onChange({ text })}
        onFocus={props.onSearchFocus}
      />
      <StatusFilter
        value={query.filter}
        counts={facts.counts}
        onChange={(filter) => props.onChange({ filter })}
      />
      <div class="field-row">
        <div class="field">
          <label for="library-sort">{t('librarySortLabel')}</label>
          <select
            id="library-sort"
            value={query.sort}
            disabled={searching}
            title={searching ? t('librarySortBySearch') : undefined}
            onChange={(event) =>
              props.onChange({ sort: (event.currentTarget as HTMLSelectElement).value as ListSort })
            }
            data-testid="library-sort"
          >
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {sortLabel(sort)}
              </option>
            ))}
          </select>
        </div>
        <NamedSelect
          id="library-site"
          label={t('librarySiteLabel')}
          any={t('libraryAnySite')}
          value={query.site}
          options={facts.sites}
          onChange={(site) => props.onChange({ site })}
        />
        <NamedSelect
          id="library-tag"
          label={t('libraryTagLabel')}
          any={t('libraryAnyTag')}
          value={query.tag}
          options={facts.tags}
          onChange={(tag) => props.onChange({ tag })}
        />
      </div>
    </div>
  );
}
