import { useState } from 'preact/hooks';
import { t } from '../../utils/i18n';

/**
 * An article's tags: each with a button that removes it, and a small field that adds one
 * (Enter). Tags are text nodes; the library trims them and drops duplicates.
 */
export function TagEditor(props: {
  id: string;
  title: string;
  tags: string[];
  onChange: (tags: string[]) => void;
}) {
  const [draft, setDraft] = useState('');
  const add = () => {
    const tag = draft.trim();
    if (!tag) return;
    props.onChange([...props.tags, tag]);
    setDraft('');
  };
  const fieldId = `tag-input-${props.id}`;
  return (
    <div class="tag-editor" data-testid="tag-editor">
      <ul class="tags" aria-label={t('libraryTagsOf', props.title)}>
        {props.tags.map((tag) => (
          <li key={tag} class="tag" data-testid="tag">
            <span>{tag}</span>
            <button
              type="button"
              class="tag-remove"
              aria-label={t('libraryRemoveTag', tag)}
              title={t('libraryRemoveTag', tag)}
              onClick={() => props.onChange(props.tags.filter((other) => other !== tag))}
              data-testid="tag-remove"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label class="visually-hidden" for={fieldId}>
        {t('libraryAddTagLabel', props.title)}
      </label>
      <input
        id={fieldId}
        class="tag-input"
        type="text"
        value={draft}
        maxLength={100}
        placeholder={t('libraryAddTag')}
        onInput={(event) => setDraft((event.currentTarget as HTMLInputElement).value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            add();
          }
        }}
        data-testid="tag-input"
      />
    </div>
  );
}
