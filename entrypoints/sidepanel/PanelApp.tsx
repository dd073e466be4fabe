import { t } from '../../utils/i18n';
import { ReadingListSection } from './ReadingListSection';
import { RelatedEntry } from './RelatedEntry';
import { SaveLinkButton } from './SaveLinkButton';
import { useActiveTab } from './use-active-tab';
import { useTabArticle, type PanelState } from './use-tab-article';

/** The side panel: the related articles of the current tab's page, then the reading list. */
export function PanelApp() {
  const { tabId, revision } = useActiveTab();
  const state = useTabArticle(tabId, revision);
  return (
    <div class="panel">
      <header class="panel-header">
        <h1 class="panel-title">{t('panelRelatedHeading')}</h1>
      </header>
      <main aria-live="polite" aria-busy={state.kind === 'loading'}>
        <PanelBody state={state} tabId={tabId} />
      </main>
      <ReadingListSection />
    </div>
  );
}

function PanelBody({ state, tabId }: { state: PanelState; tabId: number | null }) {
  switch (state.kind) {
    case 'loading':
      return <p class="panel-note">{t('panelLoading')}</p>;
    case 'no-tab':
      return <p class="panel-note">{t('panelNoTab')}</p>;
    case 'no-access':
      return (
        <p class="panel-note" data-testid="panel-no-access">
          {t('panelNoAccess')}
        </p>
      );
    case 'ready': {
      const { article } = state;
      if (article.related.length === 0 || tabId === null) {
        return (
          <p class="panel-note" data-testid="panel-empty">
            {article.isArticle ? t('panelNoRelated') : t('panelNotArticle')}
          </p>
        );
      }
      return (
        <>
          <p class="panel-source">{t('panelFromPage', article.title || article.url)}</p>
          <ol class="entries" data-testid="related-list">
            {article.related.map((item) => (
              <RelatedEntry
                key={item.url}
                item={item}
                tabId={tabId}
                action={<SaveLinkButton item={item} />}
              />
            ))}
          </ol>
        </>
      );
    }
  }
}
