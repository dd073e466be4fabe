import type { ToggleOutcome } from '../background/reader-toggle';
import { clearSaveIntent, requestSave } from './save-intent';

export interface SaveFromTabDeps {
  /** Whether the background knows the reader is open in the tab. */
  isOpen: (tabId: number) => boolean;
  /** Open or close the reader in the tab (background.ts's toggle, which keeps its bookkeeping). */
  toggle: (tab: { id: number; windowId?: number }) => Promise<ToggleOutcome | undefined>;
}

/**
 * "Save to reading list" from the context menu or the keyboard command. With `activeTab` alone
 * the page can only be read where there is a DOM, and Lector's reader is that place: the request
 * is left for the tab's reader (save-intent.ts), and the reader is opened when it is not open.
 * The reader saves the article and says so ("Saved") or shows why it could not.
 */
export async function saveFromTab(
  tab: { id?: number; windowId?: number } | undefined,
  deps: SaveFromTabDeps,
): Promise<ToggleOutcome | 'requested' | 'no-tab'> {
  if (tab?.id === undefined) return 'no-tab';
  const target = { id: tab.id, windowId: tab.windowId };
  await requestSave(target.id);
  // An open reader watches for the request and saves what it shows.
  if (deps.isOpen(target.id)) return 'requested';
  let outcome = (await deps.toggle(target)) ?? 'unavailable';
  // The reader was open after all (the background forgot it when it was restarted) and this
  // closed it: open it again; the new reader takes the request.
  if (outcome === 'closed') outcome = (await deps.toggle(target)) ?? 'unavailable';
  if (outcome !== 'opened') await clearSaveIntent(target.id);
  return outcome;
}
