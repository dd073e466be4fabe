import { blockText } from '../../extract/text';
import type { DomWindow } from '../../sanitize';

/**
 * Block-level text of imported (already sanitized) HTML, read by the reading core's own
 * `blockText`: an imported article's search text, word count and reading time then come out
 * exactly as they would had it been saved from the reader.
 */
export function htmlToText(html: string, win: DomWindow): string {
  const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  return blockText(doc.body);
}
