import { t } from '../../utils/i18n';

/**
 * The reading list's search box: results as you type. Focusing it starts loading the full-text
 * index, so that it is ready by the first words.
 */
export function SearchField(props: {
  id: string;
  value: string;
  onInput: (text: string) => void;
  onFocus?: () => void;
}) {
  return (
    <div class="search-field">
      <label class="visually-hidden" for={props.id}>
        {t('listSearchLabel')}
      </label>
      <input
        id={props.id}
        type="search"
        value={props.value}
        placeholder={t('listSearchPlaceholder')}
        autocomplete="off"
        spellcheck={false}
        onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
        onFocus={props.onFocus}
        data-testid="list-search"
      />
    </div>
  );
}
