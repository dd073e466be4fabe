import { useEffect } from 'preact/hooks';
import type { ReadResult } from '../../utils/extract/types';
import { t } from '../../utils/i18n';
import { hostOf } from '../../utils/reader/format';
import { readerStyle } from '../../utils/reader/typography';
import { isHttpUrl } from '../../utils/http-url';
import type { Settings } from '../../utils/settings';
import { Icon } from '../Icon';
import '../themes.css';
import '../reader.css';

interface LinkOnlyViewProps {
  result: Pick<ReadResult, 'title' | 'url' | 'siteName'>;
  settings: Settings;
  onClose: () => void;
}

/**
 * Appears in the saved reader instead of an article when the item is a link only (saved from
 * the side panel, or imported without its text): Lector has never read that page. It offers the
 * original page; opening Lector's reader there fills in the saved copy.
 */
export function LinkOnlyView({ result, settings, onClose }: LinkOnlyViewProps) {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);
  const source = result.siteName?.trim() || hostOf(result.url);
  return (
    <div
      class="reader"
      data-theme={settings.theme}
      data-font={settings.font}
      style={readerStyle(settings)}
      data-testid="reader-root"
    >
      <header class="reader-toolbar">
        <div class="toolbar-group" role="group" aria-label={t('readerToolbarLabel')}>
          <button
            type="button"
            class="icon-button"
            aria-label={t('readerClose')}
            title={t('readerClose')}
            onClick={onClose}
            data-testid="reader-close"
          >
            <Icon name="close" />
          </button>
        </div>
      </header>
      <main class="reader-main">
        <section class="state-panel" aria-labelledby="link-only-title" data-testid="link-only">
          {source && <p class="article-source">{source}</p>}
          <h1 id="link-only-title">{result.title.trim() || result.url}</h1>
          <p>{t('listLinkOnlyExplain')}</p>
          {isHttpUrl(result.url) && (
            <div class="state-actions">
              <a class="text-button primary" href={result.url} data-testid="open-original">
                {t('listOpenOriginal')}
              </a>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}
