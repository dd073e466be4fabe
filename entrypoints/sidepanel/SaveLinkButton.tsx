import { useEffect, useMemo, useState } from 'preact/hooks';
import type { RelatedArticle } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import type { Library } from '../../utils/library/library';
import { saveLinkOnly } from '../../utils/reading-list/save-link';
import { sharedLibrary } from '../../utils/reading-list/shared-library';
import { watchLibrary } from '../../utils/reading-list/watch-library';

type State = 'checking' | 'unsaved' | 'saving' | 'saved';

/**
 * "Save" on a related article in the side panel. The page is not loaded (Lector makes no
 * requests of its own), so it is saved as a link only: title, address, source and summary; the
 * reader fills in its text when the page is opened with Lector. A failure shows its message.
 */
export function SaveLinkButton(props: { item: RelatedArticle; library?: Library }) {
  const { item } = props;
  const library = useMemo(() => props.library ?? sharedLibrary(), [props.library]);
  const [state, setState] = useState<State>('checking');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const check = () =>
      void library
        .getByUrl(item.url)
        .then(
          (found) => current && setState((s) => (s === 'saving' ? s : found ? 'saved' : 'unsaved')),
        )
        .catch(() => current && setState('unsaved'));
    check();
    const stop = watchLibrary(check);
    return () => {
      current = false;
      stop();
    };
  }, [library, item.url]);

  const save = async () => {
    setState('saving');
    setError(null);
    try {
      await saveLinkOnly(library, {
        url: item.url,
        title: item.title,
        siteName: item.source,
        excerpt: item.summary,
        leadImage: item.thumbnail,
        publishedTime: item.date,
      });
      setState('saved');
    } catch (failure) {
      setState('unsaved');
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  };

  return (
    <div class="save-link">
      <button
        type="button"
        class="small-button"
        disabled={state !== 'unsaved'}
        onClick={() => void save()}
        data-testid="related-save"
        data-state={state}
      >
        {state === 'saved' ? t('listSavedButton') : t('listSave')}
        <span class="visually-hidden">: {item.title}</span>
      </button>
      {error && (
        <p class="list-error" role="alert" data-testid="related-save-error">
          {error}
        </p>
      )}
    </div>
  );
}
