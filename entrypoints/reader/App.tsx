import { useCallback, useEffect, useState } from 'preact/hooks';
import { Reader, type ReaderState } from '../../components/Reader';
import { SiteRuleControl } from '../../components/SiteRuleControl';
import { chooseSiteRule } from '../../utils/auto-mode/rule-choices';
import { t } from '../../utils/i18n';
import type { ArticleSource } from '../../utils/reader/article-source';
import { uiLanguage } from '../../utils/reader/ui-language';
import { useReaderSettings } from './use-reader-settings';
import { useSiteRule } from './use-site-rule';

/**
 * The reader page: settings from storage, the article from its source (the tab's live page, or
 * later a saved item), and closing through the source.
 */
export function App({ source }: { source: ArticleSource }) {
  const [settings, changeSettings] = useReaderSettings();
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });

  const load = useCallback(
    async (force: boolean) => {
      setState({ kind: 'loading' });
      const loaded = await source.load({ force });
      setState(
        loaded.ok
          ? { kind: 'ready', result: loaded.result, forced: force }
          : { kind: 'error', message: loaded.message },
      );
    },
    [source],
  );

  useEffect(() => {
    document.documentElement.lang = uiLanguage();
    void load(false);
  }, [load]);

  useEffect(() => {
    const title = state.kind === 'ready' ? state.result.title.trim() : '';
    document.title = title || t('readerPageTitle');
  }, [state]);

  // The per-site auto-mode choice (always / default / never) for the page being read.
  const siteRule = useSiteRule(state.kind === 'ready' ? state.result.url || null : null);

  // The first paint waits for the settings (a few milliseconds), so it is in the right theme.
  if (!settings) return null;
  return (
    <Reader
      state={state}
      settings={settings}
      onSettingsChange={changeSettings}
      onClose={() => void source.close()}
      onTryAnyway={() => void load(true)}
      siteRuleControl={
        siteRule ? (
          <SiteRuleControl
            site={siteRule.site}
            mode={siteRule.mode}
            granted={siteRule.granted}
            onChoose={(choice) => chooseSiteRule(siteRule.site, choice)}
          />
        ) : undefined
      }
    />
  );
}
