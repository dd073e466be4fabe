/**
 * Typed section breaks ("___", "* * *", "———", "###") shown as rules. Wire stories and blogs set
 * a break as a paragraph or heading of underscores, dashes or asterisks, or as such a line
 * between two <br>s. In the reader it is a rule (<hr>): the same break, drawn in the reader's own
 * style, and no longer a line of "text" that is read aloud, copied, counted as words and saved.
 * Dots are not a break: "..." marks text left out.
 */
import { descendants, nameOf } from './dom-walk.ts';

/** At least three break characters (spaces between them allowed), nothing else. */
const BREAK = /^[\s_*~=#\-\u2013\u2014\u2015\u2022]*$/;
const BREAK_MARKS = /[_*~=#\-\u2013\u2014\u2015\u2022]/g;

/** Whether `text` is a typed section break. */
export function isBreakText(text: string): boolean {
  return BREAK.test(text) && (text.match(BREAK_MARKS)?.length ?? 0) >= 3;
}

/** Blocks that may stand for a break as a whole; a table cell, list item or <pre> may not. */
const BREAK_BLOCKS = new Set(['p', 'div', 'center', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
/** Inline wrappers a break line may sit in ("<strong>*****</strong>"). */
const INLINE = new Set(['strong', 'b', 'em', 'i', 'span', 'font', 'u']);
/** Where a line of dashes is content, not a break. */
const LITERAL = new Set(['pre', 'code', 'table', 'ul', 'ol', 'dl', 'blockquote', 'figure']);

function isInsideLiteral(node: Node, root: Element): boolean {
  for (let up = node.parentElement; up && up !== root; up = up.parentElement) {
    if (LITERAL.has(nameOf(up))) return true;
  }
  return false;
}

/** Whether `element` holds nothing but text and inline wrappers (no image, no <br>). */
function isPlainText(element: Element): boolean {
  for (const below of descendants(element)) if (!INLINE.has(nameOf(below))) return false;
  return true;
}

function isBr(node: Node | null): boolean {
  return node !== null && node.nodeType === 1 && nameOf(node as Element) === 'br';
}

/** The sibling next to `node` on one side, passing over blank text (null at the parent's edge). */
function neighbour(node: Node, step: 'previousSibling' | 'nextSibling'): Node | null {
  let next = node[step];
  while (next && next.nodeType === 3 && !/\S/.test(next.nodeValue ?? '')) next = next[step];
  return next;
}

/** Whether `element` still shows something: text, or an element (an image, a line break). */
function holdsSomething(element: Element): boolean {
  return /\S/.test(element.textContent ?? '') || element.firstElementChild !== null;
}

/**
 * A break line inside a paragraph, between <br>s: the paragraph is split there, with a rule
 * between its two halves (a rule cannot sit inside a paragraph in HTML). `first` and `last` are
 * the line's <br>s where it has them, else the line itself: they go with it, blanks and all.
 */
function splitAt(first: Node, last: Node, paragraph: Element): void {
  const rest = paragraph.cloneNode(false) as Element;
  rest.removeAttribute('id');
  for (let move: Node | null = last.nextSibling; move;) {
    const next: Node | null = move.nextSibling;
    rest.append(move);
    move = next;
  }
  for (let cut: Node | null = first; cut;) {
    const next: Node | null = cut === last ? null : cut.nextSibling;
    cut.parentNode?.removeChild(cut);
    cut = next;
  }
  const rule = paragraph.ownerDocument.createElement('hr');
  paragraph.after(rule);
  if (holdsSomething(rest)) rule.after(rest);
  if (!holdsSomething(paragraph)) paragraph.remove();
}

/**
 * The block a break line stands for as a whole: the nearest block around `node`, through inline
 * wrappers that hold nothing else, when its whole text is the break.
 */
function wholeBlock(node: Node, content: Element): Element | null {
  let up = node.parentElement;
  while (up && up !== content && INLINE.has(nameOf(up))) up = up.parentElement;
  if (!up || up === content || !BREAK_BLOCKS.has(nameOf(up))) return null;
  return isBreakText(up.textContent ?? '') && isPlainText(up) ? up : null;
}

/** Replace the typed section breaks in the extracted `content` with rules. */
export function drawBreaks(content: Element): void {
  const doc = content.ownerDocument;
  const walker = doc.createTreeWalker(content, 4 /* SHOW_TEXT */);
  const lines: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length < 200 && isBreakText(value)) lines.push(node as Text);
  }
  for (const line of lines) {
    if (!content.contains(line) || isInsideLiteral(line, content)) continue;
    const block = wholeBlock(line, content);
    if (block) {
      block.replaceWith(doc.createElement('hr'));
      continue;
    }
    // A break line between <br>s in a paragraph: its text node, bare or in inline wrappers.
    let holder: Node = line;
    while (holder.parentElement && INLINE.has(nameOf(holder.parentElement))) {
      if (holder.parentElement.childNodes.length !== 1) break;
      holder = holder.parentElement;
    }
    const paragraph = holder.parentElement;
    if (!paragraph || !/^(p|div)$/.test(nameOf(paragraph))) continue;
    // The line alone between <br>s, or between a <br> and the paragraph's edge.
    const before = neighbour(holder, 'previousSibling');
    const after = neighbour(holder, 'nextSibling');
    if (!isBr(before) && !isBr(after)) continue;
    if ((before && !isBr(before)) || (after && !isBr(after))) continue;
    splitAt(before ?? holder, after ?? holder, paragraph);
  }
}
