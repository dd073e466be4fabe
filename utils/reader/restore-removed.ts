import type { Removal } from '../extract/types';

/**
 * "Put it back": re-insert removed blocks into the article HTML, each right after the block whose
 * text matches its `anchorText` (or at the top when the anchor is null). The HTML is parsed into an
 * inert document and returned as a string: it is not sanitized here, because ArticleBody sanitizes
 * whatever it inserts, every render.
 */

/** Class on the wrapper of a block that was put back, so the reader can mark it. */
export const RESTORED_CLASS = 'lector-restored';

/** Class naming one put-back block (classes survive the sanitizer; `data-*` does not). */
export function restoredClassFor(id: string): string {
  return `${RESTORED_CLASS}-${id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

const BLOCKS =
  'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figure, figcaption, table, dt, dd, ul, ol, dl, div, section, aside, header, footer, details, hr, img, td, th';

/** Parts of a list, table or figure: a block cannot be inserted among them. */
const INSIDE_CONTAINER = 'li, dt, dd, td, th, tr, thead, tbody, tfoot, caption, figcaption';

export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The anchor's text without an ellipsis the core may have added when it cut it short. */
function anchorKey(anchor: string): { text: string; cut: boolean } {
  const text = normalizeText(anchor);
  const stripped = text.replace(/\s*(…|\.\.\.)$/, '');
  return { text: stripped, cut: stripped !== text };
}

function matches(element: Element, anchor: { text: string; cut: boolean }): boolean {
  const text = normalizeText(element.textContent ?? '');
  if (!text || !anchor.text) return false;
  if (text === anchor.text) return true;
  // A cut anchor (or one the core collapsed differently) still identifies the block it starts.
  return (anchor.cut || anchor.text.length >= 40) && text.startsWith(anchor.text);
}

/** The innermost, last block matching the anchor, lifted out of list items and table cells. */
function findAnchor(body: HTMLElement, anchorText: string): Element | null {
  const anchor = anchorKey(anchorText);
  const candidates = Array.from(body.querySelectorAll(BLOCKS)).filter((block) =>
    matches(block, anchor),
  );
  // Innermost: a matching block none of whose descendants also match.
  const innermost = candidates.filter(
    (block) => !candidates.some((other) => other !== block && block.contains(other)),
  );
  let found = innermost.at(-1) ?? null;
  while (found && found.matches(INSIDE_CONTAINER)) {
    found = found.parentElement?.closest('ul, ol, dl, table, figure') ?? null;
  }
  return found && body.contains(found) && found !== body ? found : null;
}

function wrapperFor(doc: Document, removal: Removal, parser: DOMParser): HTMLElement {
  const wrapper = doc.createElement('div');
  wrapper.className = `${RESTORED_CLASS} ${restoredClassFor(removal.id)}`;
  // The wrapper's content is the block as the core returned it; parsing it here is inert.
  const fragment = parser.parseFromString(`<!doctype html><body>${removal.html}`, 'text/html').body;
  wrapper.append(...Array.from(fragment.childNodes).map((node) => doc.importNode(node, true)));
  return wrapper;
}

/** After the anchor, past any blocks already put back there (they keep document order). */
function insertAfter(anchor: Element, wrapper: Element): void {
  let reference: Element = anchor;
  while (reference.nextElementSibling?.classList.contains(RESTORED_CLASS)) {
    reference = reference.nextElementSibling;
  }
  reference.after(wrapper);
}

export interface RestoreOutcome {
  html: string;
  /** Ids whose anchor was not found: they were put at the end of the article. */
  unplaced: string[];
}

/**
 * The article HTML with the chosen removals put back. Removals are placed in their given (document)
 * order; one with empty `html` has nothing to show and is skipped.
 */
export function restoreRemovals(
  contentHtml: string,
  removals: readonly Removal[],
  restoredIds: ReadonlySet<string>,
  parser: DOMParser = new DOMParser(),
): RestoreOutcome {
  const chosen = removals.filter((removal) => restoredIds.has(removal.id) && removal.html.trim());
  if (chosen.length === 0) return { html: contentHtml, unplaced: [] };
  const doc = parser.parseFromString(`<!doctype html><body>${contentHtml}`, 'text/html');
  const body = doc.body;
  const unplaced: string[] = [];
  let atTop: Element | null = null;
  for (const removal of chosen) {
    const wrapper = wrapperFor(doc, removal, parser);
    if (removal.anchorText === null) {
      // Blocks that came before the article's first block go first, in order.
      if (atTop) atTop.after(wrapper);
      else body.prepend(wrapper);
      atTop = wrapper;
      continue;
    }
    const anchor = findAnchor(body, removal.anchorText);
    if (anchor) {
      insertAfter(anchor, wrapper);
    } else {
      unplaced.push(removal.id);
      body.append(wrapper);
    }
  }
  return { html: body.innerHTML, unplaced };
}
