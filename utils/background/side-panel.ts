import { browser } from 'wxt/browser';

interface ChromeSidePanel {
  open(options: { tabId?: number; windowId?: number }): Promise<void>;
}
interface FirefoxSidebarAction {
  open(): Promise<void>;
}

/**
 * Open the side panel (Chrome) or sidebar (Firefox). Both need the user gesture of the click that
 * called this, so call it before any `await` in the click handler. Failure is harmless: the
 * reader works without the panel.
 */
export function openSidePanel(tabId: number, windowId: number | undefined): void {
  const api = browser as unknown as {
    sidePanel?: ChromeSidePanel;
    sidebarAction?: FirefoxSidebarAction;
  };
  try {
    if (api.sidePanel) {
      api.sidePanel.open(windowId === undefined ? { tabId } : { windowId }).catch(() => {});
    } else if (api.sidebarAction) {
      api.sidebarAction.open().catch(() => {});
    }
  } catch {
    // Not allowed here (no gesture, or the browser has no panel): the reader still opens.
  }
}
