import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  noteReaderToggled,
  onAutoModeDetected,
  registerAutoMode,
  rememberReaderClosed,
} from '../utils/auto-mode/background';
import { backgroundHandlers } from '../utils/background/handlers';
import { showArticleState } from '../utils/background/action-icon';
import { pageTurns } from '../utils/background/page-turns';
import { readerTabs } from '../utils/background/reader-tabs';
import { toggleReader } from '../utils/background/reader-toggle';
import { openSidePanel } from '../utils/background/side-panel';
import { snapshotPrefetch } from '../utils/background/snapshot-prefetch';
import { clearTabState } from '../utils/background/tab-state';
import { t } from '../utils/i18n';
import { createMessageListener } from '../utils/messaging/dispatch';
import { readingListHandlers } from '../utils/reading-list/background-handlers';
import { backgroundLibrary } from '../utils/reading-list/background-library';
import { saveFromTab } from '../utils/reading-list/save-from-tab';
import { clearSaveIntent } from '../utils/reading-list/save-intent';
import { DEFAULT_SETTINGS, loadSettings, watchSettings } from '../utils/settings';

const MENU_OPEN = 'lector-open-in-reader';
const MENU_SAVE = 'lector-save-to-list';

export default defineBackground(() => {
  // The click handler must open the side panel before any await (user gesture), so the setting
  // is kept in memory and refreshed when it changes.
  let openPanelWithReader = DEFAULT_SETTINGS.openPanelWithReader;
  loadSettings().then((settings) => (openPanelWithReader = settings.openPanelWithReader));
  watchSettings((settings) => (openPanelWithReader = settings.openPanelWithReader));

  const toggle = async (
    tab: { id?: number; windowId?: number } | undefined,
    fromGesture: boolean,
    quiet = false,
  ) => {
    if (tab?.id === undefined) return;
    const tabId = tab.id;
    if (fromGesture && openPanelWithReader && !readerTabs.has(tabId))
      openSidePanel(tabId, tab.windowId);
    const outcome = await toggleReader(tabId, { quiet });
    if (outcome === 'opened') {
      readerTabs.add(tabId);
      // The page is serialized while the reader page loads (snapshot-prefetch.ts).
      snapshotPrefetch.start(tabId);
    } else {
      readerTabs.delete(tabId);
      snapshotPrefetch.forget(tabId);
    }
    void noteReaderToggled(tabId, outcome);
    return outcome;
  };
  const save = (tab: { id?: number; windowId?: number } | undefined) =>
    saveFromTab(tab, { isOpen: (id) => readerTabs.has(id), toggle: (t) => toggle(t, false) });

  browser.action.onClicked.addListener((tab) => toggle(tab, true));
  browser.commands.onCommand.addListener(async (command, tab) => {
    if (command !== 'toggle-reader' && command !== 'save-article') return;
    const target = tab ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
    if (command === 'save-article') await save(target);
    else await toggle(target, true);
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: MENU_OPEN,
      title: t('menuOpenInReader'),
      contexts: ['page'],
    });
    browser.contextMenus.create({ id: MENU_SAVE, title: t('menuSaveToList'), contexts: ['page'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_OPEN) void toggle(tab, true);
    if (info.menuItemId === MENU_SAVE) void save(tab);
  });

  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    // "Next page" in the reader: it opens again on the page the tab went to (unless auto mode
    // has shown it there already: a toggle would close it; one still unseen is shown by it).
    if (change.status === 'complete' && pageTurns.take(tabId) && !readerTabs.has(tabId))
      void toggle(tab, false, true);
    if (change.status !== 'loading') return;
    pageTurns.loading(tabId);
    // A new page in the tab: what Lector knew about the old one no longer applies.
    readerTabs.delete(tabId);
    snapshotPrefetch.forget(tabId);
    void clearTabState(tabId);
    void showArticleState(tabId, false);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    readerTabs.delete(tabId);
    snapshotPrefetch.forget(tabId);
    pageTurns.forget(tabId);
    void clearTabState(tabId);
    void clearSaveIntent(tabId);
  });

  registerAutoMode();
  browser.runtime.onMessage.addListener(
    createMessageListener(
      {
        ...backgroundHandlers({
          'cs-bg-detected': onAutoModeDetected,
          onReaderClosed: rememberReaderClosed,
        }),
        ...readingListHandlers(backgroundLibrary),
      },
      {
        id: browser.runtime.id,
        baseUrl: browser.runtime.getURL('/'),
      },
    ),
  );
});
