import { useCallback, useEffect, useState } from 'preact/hooks';
import { Reader, type ReaderState } from '../../components/Reader';
import { LinkOnlyView } from '../../components/reading-list/LinkOnlyView';
import { SaveControl } from '../../components/reading-list/SaveControl';
import { SiteRuleControl } from '../../components/SiteRuleControl';
import { chooseSiteRule } from '../../utils/auto-mode/rule-choices';
import { t } from '../../utils/i18n';
import type { ArticleSource } from '../../utils/reader/article-source';
import { libraryUrl, openInNewTab } from '../../utils/reading-list/pages';
import type { ReaderListPort } from '../../utils/reading-list/reader-port';
import { uiLanguage } from '../../utils/reader/ui-language';
import { useReaderSettings } from './use-reader-settings';
import { useReaderSave } from './use-reader-save';
import { useReadingProgress } from './use-reading-progress';
import { useSiteRule } from './use-site-rule';

/** The story's next or previous page in this tab; in a new tab when the tab cannot go there. */
async function openPage(source: ArticleSource, url: string): Promise<void> {
  const moved = await source.openPage?.(url).catch(() => false);
  if (!moved) window.open(url, '_blank', 'noopener,noreferrer');
}

/**
 * The reader page: settings from storage, the article from its source (the tab's live page, or
 * a saved item), closing through the source, and saving through the reading list's port.
 */
export function App({ source, list }: { source: ArticleSource; list?: ReaderListPort }) {
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
  const saving = useReaderSave(list, state);
  // A saved item Lector has only the link of (its reader offers the original page instead).
  const linkOnly = list?.mode === 'saved' && state.kind === 'ready' && !state.result.content;
  useReadingProgress(list?.progress, state.kind === 'ready' && !linkOnly);

  // The first paint waits for the settings (a few milliseconds), so it is in the right theme.
  if (!settings) return null;
  if (linkOnly)
    return (
      <LinkOnlyView result={state.result} settings={settings} onClose={() => void source.close()} />
    );
  return (
    <Reader
      state={state}
      settings={settings}
      onSettingsChange={changeSettings}
      onClose={() => void source.close()}
      onTryAnyway={() => void load(true)}
      onOpenPage={source.openPage ? (url) => void openPage(source, url) : undefined}
      saveControl={
        list ? (
          <SaveControl
            status={saving.status}
            notice={saving.notice}
            onSave={saving.save}
            onDismiss={saving.dismiss}
            onOpenLibrary={() => void openInNewTab(libraryUrl())}
          />
        ) : undefined
      }
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
