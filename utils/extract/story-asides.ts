/**
 * Boxes a story sets among its paragraphs as <aside>: "The market in numbers", "Key facts", a
 * timeline. Readability drops every <aside> from the article it returns, so a reader built on it
 * loses them. An aside standing between the story's paragraphs, built as a box (a heading, a
 * list, a table, paragraphs) of words of its own (not links, not the story's again), is part of
 * the story: the working copy holds it as a <div>. A lone line is a pull quote, left to drop. Clutter set in
 * asides (ads, newsletter boxes, related links, pull quotes) was found and left out or marked
 * before the copy was made.
 */
import { CLUTTER_MARK } from './working-copy.ts';
import { boundedTextLength } from './declutter-block.ts';
import { repeatsAround } from './declutter-pull-quotes.ts';
import { blockText, lettersAndDigits } from './text.ts';
import { collapsedLength } from './weighted-length.ts';

/** A neighbouring paragraph this long is the story's. */
const STORY_PARAGRAPH = 100;
/** An aside shorter than this is a label or an empty slot. */
const MIN_TEXT = 20;
/** Link text beyond this share of the aside's makes it a list of links. */
const MAX_LINK_SHARE = 0.3;
/** Readability drops an element of these roles wherever it is. */
const DROPPED_ROLES = /^(complementary|note)$/;

function isParagraph(element: Element | null, minText: number): boolean {
  return element?.localName === 'p' && boundedTextLength(element, minText) >= minText;
}

/** Between two paragraphs, one of them at least a story's. */
function amongParagraphs(aside: Element): boolean {
  const before = aside.previousElementSibling;
  const after = aside.nextElementSibling;
  return (
    isParagraph(before, 1) &&
    isParagraph(after, 1) &&
    (isParagraph(before, STORY_PARAGRAPH) || isParagraph(after, STORY_PARAGRAPH))
  );
}

function linkTextLength(element: Element): number {
  let length = 0;
  for (const link of element.getElementsByTagName('a'))
    length += (link.textContent ?? '').trim().length;
  return length;
}

/** What a box of facts is built of (a pull quote is one line, perhaps in a <blockquote>). */
const BOX_PARTS = ['h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table'];

function isBuiltAsBox(aside: Element): boolean {
  return (
    BOX_PARTS.some((name) => aside.getElementsByTagName(name).length > 0) ||
    aside.getElementsByTagName('p').length >= 2
  );
}

function isOwnBox(aside: Element): boolean {
  if (aside.hasAttribute(CLUTTER_MARK) || !amongParagraphs(aside)) return false;
  if (!isBuiltAsBox(aside)) return false;
  const text = collapsedLength(aside.textContent ?? '');
  return text >= MIN_TEXT && linkTextLength(aside) <= text * MAX_LINK_SHARE;
}

/** Hold the story's own asides in `body` (a working copy's) as <div>s. */
export function keepStoryAsides(body: Element): void {
  // A live list, copied: the loop replaces its members.
  const asides = [...body.getElementsByTagName('aside')].filter(isOwnBox);
  if (asides.length === 0) return;
  // A pull quote the declutter pass did not find (its words are in the story a second time)
  // stays an aside, for Readability to drop: read once, it is not read twice.
  const letters = lettersAndDigits(body.textContent ?? '');
  for (const aside of asides) {
    // Its blocks as pieces of the quote: a heading's words do not run into the line under it.
    if (repeatsAround(blockText(aside).split('\n').join(' … '), letters)) continue;
    const box = aside.ownerDocument.createElement('div');
    for (const name of aside.getAttributeNames()) {
      if (name === 'role' && DROPPED_ROLES.test(aside.getAttribute(name) ?? '')) continue;
      box.setAttribute(name, aside.getAttribute(name) ?? '');
    }
    box.append(...aside.childNodes);
    aside.replaceWith(box);
  }
}
