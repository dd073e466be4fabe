import { browser } from 'wxt/browser';
import { flashUnavailable } from './action-icon';

export type ToggleOutcome = 'opened' | 'closed' | 'unavailable';

/**
 * Open or close the reader over a tab's page by injecting the reader content script (the toolbar
 * click, the shortcut and the context menu grant `activeTab` for this; auto mode has the site's
 * host permission). The script itself knows whether its overlay is open, so this toggles.
 * `quiet`: no "unavailable" flash of the icon when it cannot (the reader reopening by itself after
 * "Next page", where a browser that ended the click's grant with the navigation just shows the
 * page; nobody clicked anything).
 */
export async function toggleReader(
  tabId: number,
  { quiet = false }: { quiet?: boolean } = {},
): Promise<ToggleOutcome> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/reader-overlay.js'],
    });
    const result = injection?.result;
    if (result === 'opened' || result === 'closed') return result;
    if (!quiet) await flashUnavailable(tabId);
    return 'unavailable';
  } catch (error) {
    // The browser's own pages, the web store, PDFs, or a page Lector has no access to.
    console.warn('Lector cannot open the reader on this tab:', error);
    if (!quiet) await flashUnavailable(tabId);
    return 'unavailable';
  }
}
