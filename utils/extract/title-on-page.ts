/**
 * What the page itself shows of its title (read-only): the visible headings as a reader sees
 * them, the headings that are only the site's name linking home, and which parts of the declared
 * title stand on the page as a line of their own (page-title.ts chooses among them).
 */
import { closestLink, closestNamed, descendantsNamed, textOf } from './dom-walk.ts';
import { parseHttpUrl } from './url-kind.ts';
import { absoluteHttpUrl } from './page-url.ts';
import { elementText, normalizeText } from './text.ts';
import { squash } from './page-title.ts';

/**
 * Boxes that a heading may wrap besides its words (a sponsor panel, a photo credit under the
 * headline): a heading's content is phrasing, so their text is not the headline's.
 */
const BOXES_IN_HEADING = new Set([
  'div', 'p', 'figure', 'figcaption', 'aside', 'ul', 'ol', 'table', 'form', 'button', 'script',
  'style', 'noscript', 'template', 'select',
]); // prettier-ignore

/** Text of `node` without the elements `skip` names. */
function textWithout(node: Node, skip: (element: Element) => boolean): string {
  let text = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) text += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !skip(child as Element)) text += textWithout(child, skip);
  }
  return text;
}

/**
 * A heading's own words: its text without boxes set inside it, and without links beside words
 * of its own ("Podkarpackie: rodzice zrezygnowali … <a>Choroby zakaźne</a>", the section). A
 * heading that is all one link (to the story itself) keeps it.
 */
export function headingText(heading: Element): string {
  const boxes = descendantsNamed(heading, ...BOXES_IN_HEADING);
  const links = descendantsNamed(heading, 'a');
  if (boxes.length === 0 && links.length === 0) return elementText(heading);
  const isBox = (element: Element) => BOXES_IN_HEADING.has(element.localName);
  const words = normalizeText(textWithout(heading, (e) => isBox(e) || e.localName === 'a'));
  return /[\p{L}\p{N}]/u.test(words) ? words : normalizeText(textWithout(heading, isBox));
}

/**
 * A heading that is nothing but a link to the front of the site (or of the blog, section or
 * paper the page is in): the site's name set as an <h1>, as old templates do.
 */
export function isFrontPageLink(heading: Element, pageUrl: string): boolean {
  const links = descendantsNamed(heading, 'a');
  const link = links.length === 1 ? links[0]! : closestLink(heading);
  if (!link) return false;
  const page = parseHttpUrl(pageUrl);
  const target = parseHttpUrl(absoluteHttpUrl(link.getAttribute('href'), pageUrl));
  if (!page || !target || target.host !== page.host) return false;
  const path = target.pathname.replace(/\/(index\.\w+)?$/, '/');
  if (target.pathname === page.pathname || !page.pathname.startsWith(path)) return false;
  return elementText(link) === elementText(heading);
}

/** Where a line of the page's own is never set: links, menus, scripts, the document's head. */
const NOT_A_LINE = new Set([
  'a', 'option', 'select', 'title', 'script', 'style', 'noscript', 'textarea', 'button', 'head',
  'template',
]); // prettier-ignore

/** A headline's text sits in its element or up to this many levels of inline wrappers below. */
const MAX_LEVELS_UP = 3;

/**
 * Text that squashing never lengthens, so that a text shorter than a squashed title cannot say
 * it: ASCII and the Latin-1 letters (an accent is dropped, nothing is added). Elsewhere one
 * character may squash into several: a Hangul syllable into its two or three letters, "ﬁ"
 * into "fi", "½" into "12".
 */
const NEVER_LONGER_SQUASHED = /^[\0-\x7f\u00c0-\u00ff]*$/;

/** Whether nothing a reader sees comes before `node` in its element. */
function opensElement(node: Node): boolean {
  for (let sibling = node.previousSibling; sibling; sibling = sibling.previousSibling) {
    if (sibling.nodeType !== 3 && sibling.nodeType !== 1) continue;
    if (/\S/.test(sibling.textContent ?? '')) return false;
  }
  return true;
}

/** Whether the next thing a reader sees after `node` is a line break. */
function closedByBreak(node: Node): boolean {
  for (let sibling = node.nextSibling; sibling; sibling = sibling.nextSibling) {
    if (sibling.nodeType === 1) return (sibling as Element).localName === 'br';
    if (sibling.nodeType === 3 && /\S/.test(sibling.nodeValue ?? '')) return false;
  }
  return false;
}

/**
 * Whether a text node is the first line of its element, ended by a line break, as old templates
 * set their headline: "<td>Flu vaccine still available<br><span>Tuesday …</span><br>…</td>".
 * Only the first: the lines further down such a cell are a footer's address and names.
 */
function firstLineOfElement(node: Node): boolean {
  return closedByBreak(node) && opensElement(node);
}

/**
 * Each line that shows one of `texts` as its whole text, outside links, in page order, with the
 * text it matched, until `visit` returns true (it may be asked of a line again, and must answer as
 * it did). A line is an element, or the text that opens an element and ends at a line break
 * (then `line` is that text node). Text nodes that cannot belong to one of them (too long) are
 * passed over without reading their elements' text.
 */
function visitLinesShown(
  doc: Document,
  texts: readonly string[],
  visit: (run: string, line: Element | Text) => boolean,
): void {
  const wanted = new Map(texts.map((text) => [squash(text), text]));
  wanted.delete('');
  if (!doc.body || wanted.size === 0) return;
  const longest = Math.max(...texts.map((text) => text.length)) * 2 + 20;
  const shortest = Math.min(...[...wanted.keys()].map((key) => key.length));
  // The lowest level each element was reached at: a text node beside another one in the same
  // element (or below it, inside a <b>) would repeat the climb from there, squashing the same
  // texts again for the same answers.
  const reached = new Map<Element, number>();
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > longest || !/[\p{L}\p{N}]/u.test(value)) continue;
    let element = node.parentElement;
    if (element && !NOT_A_LINE.has(element.localName) && firstLineOfElement(node)) {
      const run = wanted.get(squash(value));
      if (run !== undefined && !closestLink(element)) {
        if (visit(run, node as Text)) return;
        continue;
      }
    }
    for (let level = 0; element && level < MAX_LEVELS_UP; level++) {
      const before = reached.get(element);
      // Reached as low before: the climb from here went at least as far up then.
      if (before !== undefined && before <= level) break;
      reached.set(element, level);
      if (NOT_A_LINE.has(element.localName)) break;
      const text = textOf(element);
      if (text.length > longest) break;
      if (text.length < shortest && NEVER_LONGER_SQUASHED.test(text)) {
        element = element.parentElement;
        continue;
      }
      const run = wanted.get(squash(text));
      if (run !== undefined) {
        if (!closestLink(element) && visit(run, element)) return;
        break;
      }
      element = element.parentElement;
    }
  }
}

/** Which of `texts` stand on the page as a line of their own, each mapped to the line's text. */
export function linesShown(doc: Document, texts: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  visitLinesShown(doc, texts, (run, line) => {
    if (!found.has(run))
      found.set(
        run,
        line.nodeType === 1 ? elementText(line as Element) : normalizeText(textOf(line)),
      );
    return false;
  });
  return found;
}

const LIST_ITEM = new Set(['li']);

/**
 * The first line (an element, or the text opening one up to a line break) that shows one of
 * `texts` as its whole text, outside links and lists (a list of the or the section's
 * stories names the story too, away from its date line).
 */
export function firstLineShown(doc: Document, texts: readonly string[]): Element | Text | null {
  let found: Element | Text | null = null;
  visitLinesShown(doc, texts, (_, line) => {
    const element = line.nodeType === 1 ? (line as Element) : line.parentElement;
    if (!element || closestNamed(element, LIST_ITEM)) return false;
    found = line;
    return true;
  });
  return found;
}
