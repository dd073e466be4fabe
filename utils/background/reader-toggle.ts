import { browser } from 'wxt/browser';
import { flashUnavailable } from './action-icon';

export type ToggleOutcome = 'opened' | 'closed' | 'unavailable';

/**
 * Open or close the reader over a tab's page by injecting the reader content script (the toolbar
 * click, the shortcut and the context menu grant `activeTab` for this; auto mode has the site's
 * host permission). The script itself knows whether its overlay is open, so this toggles.
 */
export async function toggleReader(tabId: number): Promise<ToggleOutcome> {
  try {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      files: ['/reader-overlay.js'],
    });
    const result = injection?.result;
    if (result === 'opened' || result === 'closed') return result;
    await flashUnavailable(tabId);
    return 'unavailable';
  } catch (error) {
    // The browser's own pages, the web store, PDFs, or a page Lector has no access to.
    console.warn('Lector cannot open the reader on this tab:', error);
    await flashUnavailable(tabId);
    return 'unavailable';
  }
}
