import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';

/**
 * The id of the active tab in the panel's own window, following tab switches. `revision` grows
 * each time that tab finishes loading a page, so readers of the tab can refresh.
 */
export function useActiveTab(): { tabId: number | null; revision: number } {
  const [tabId, setTabId] = useState<number | null>(null);
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let windowId: number | undefined;
    let current: number | null = null;
    let cancelled = false;
    const show = (id: number | null) => {
      current = id;
      setTabId(id);
      setRevision((n) => n + 1);
    };

    void browser.windows.getCurrent().then(async (win) => {
      windowId = win.id;
      const [tab] = await browser.tabs.query({ active: true, windowId });
      if (!cancelled) show(tab?.id ?? null);
    });

    const onActivated = (info: { tabId: number; windowId: number }) => {
      if (info.windowId === windowId) show(info.tabId);
    };
    const onUpdated = (id: number, change: { status?: string }) => {
      if (id === current && change.status === 'complete') setRevision((n) => n + 1);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      cancelled = true;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return { tabId, revision };
}
