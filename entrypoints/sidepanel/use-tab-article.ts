import { useEffect, useState } from 'preact/hooks';
import { getTabState, watchTabState } from '../../utils/background/tab-state';
import { readPage } from '../../utils/extract/read-page';
import type { TabArticleState } from '../../utils/messaging/protocol';
import { sendToBackground } from '../../utils/messaging/send';
import { readSnapshot } from '../../utils/panel/tab-article';

export type PanelState =
  | { kind: 'loading' }
  | { kind: 'no-tab' }
  | { kind: 'no-access'; message: string }
  | { kind: 'ready'; article: TabArticleState };

/**
 * What the panel shows for a tab: the state the reader (or an earlier read) left in session
 * storage, or else the panel reads the page itself, where Lector has access to it.
 */
export function useTabArticle(tabId: number | null, revision: number): PanelState {
  const [state, setState] = useState<PanelState>({ kind: 'loading' });

  useEffect(() => {
    if (tabId === null) {
      setState({ kind: 'no-tab' });
      return;
    }
    let cancelled = false;
    const settle = (next: PanelState) => {
      if (!cancelled) setState(next);
    };
    setState({ kind: 'loading' });

    void (async () => {
      const cached = await getTabState(tabId);
      if (cached) return settle({ kind: 'ready', article: cached });
      const answer = await sendToBackground('panel-bg-get-snapshot', { tabId });
      if (!answer.ok) return settle({ kind: 'no-access', message: answer.message });
      const article = readSnapshot(answer.snapshot, readPage, window, Date.now());
      settle({ kind: 'ready', article });
      // Remember it for this tab, and colour the toolbar icon when it is an article.
      void sendToBackground('ui-bg-tab-article', { tabId, state: article });
    })().catch((error: unknown) =>
      settle({
        kind: 'no-access',
        message: error instanceof Error ? error.message : String(error),
      }),
    );

    const stop = watchTabState(tabId, (article) => {
      if (article) settle({ kind: 'ready', article });
    });
    return () => {
      cancelled = true;
      stop();
    };
  }, [tabId, revision]);

  return state;
}
