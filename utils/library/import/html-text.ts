import type { DomWindow } from '../../sanitize';

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'main',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dt',
  'dd',
  'figcaption',
  'tr',
  'br',
  'hr',
  'table',
  'ul',
  'ol',
  'dl',
  'figure',
]);

/**
 * Block-level text of imported (already sanitized) HTML: blocks on their own lines, as the
 * reading core's `textContent` is, so that search and word counts treat imports like saves.
 */
export function htmlToText(html: string, win: DomWindow): string {
  const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      return;
    }
    const block = node.nodeType === 1 && BLOCKS.has((node as Element).localName);
    if (block) parts.push('\n');
    node.childNodes.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(doc.body);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

const CJK_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * Words for the reading time: space-separated words, plus CJK characters at two per word
 * (the usual reading-speed equivalence). About 230 words a minute.
 */
export function countWords(text: string): { wordCount: number; readingMinutes: number } {
  const cjk = text.match(CJK_CHAR)?.length ?? 0;
  const words =
    text.replace(CJK_CHAR, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu)?.length ?? 0;
  const wordCount = words + Math.round(cjk / 2);
  return {
    wordCount,
    readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(wordCount / 230)),
  };
}
