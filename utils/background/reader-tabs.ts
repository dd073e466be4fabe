/**
 * Tabs where the reader overlay is open, as far as the background knows (it forgets on restart,
 * which only means the next click may not open the side panel). A closing click must not open
 * the panel, so the click handler asks here first.
 */
export const readerTabs = new Set<number>();
