/**
 * Reader comments: a thread shows its "Reply" / "Report" buttons on every comment. Two or more
 * of them make a thread; the thread is the smallest element holding them all, as long as that
 * element stays clear of the headline and the story's opening. When the buttons are spread over
 * separate parts of the page, each run of them that can be held apart becomes its own thread.
 * A thread without such buttons is found by its heading ("Comments", "Wybrane komentarze").
 */
import type { Clue, ClueContext } from './declutter-clue.ts';
import { boundedTextLength } from './declutter-block.ts';
import { textRuleFor } from './declutter-label-clues.ts';
import { closestNamed, roleOf, textOf } from './dom-walk.ts';

/** A "Comments (3)" link or button is a pointer or a control, not a heading. */
const LINK_OR_BUTTON: ReadonlySet<string> = new Set(['a', 'button']);

const MIN_COMMENTS = 2;

function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

function isPageLevel(element: Element): boolean {
  return /^(body|html|main|article)$/.test(element.localName);
}

/** Threads around the reply buttons (given in document order). */
export function commentSectionClues(
  actions: readonly Element[],
  protect: readonly Element[],
): Clue[] {
  const clues: Clue[] = [];
  let thread: Element | null = null;
  let count = 0;
  const close = (): void => {
    if (thread && count >= MIN_COMMENTS) {
      clues.push({
        element: thread,
        kind: 'comments',
        reason: `reader comments (${count} replies or more)`,
        maxText: 0,
      });
    }
  };
  for (const action of actions) {
    const joined: Element | null = thread ? commonAncestor(thread, action) : action;
    if (joined && !isPageLevel(joined) && !protect.some((kept) => joined.contains(kept))) {
      thread = joined;
      count++;
      continue;
    }
    close();
    thread = action;
    count = 1;
  }
  close();
  return clues;
}

/** A heading line: the heading, with at most a count or a "See all" link beside it. */
const HEADING_LINE = 80;

/** Whether `element` is the first thing in `parent`, with no text before it. */
function opens(parent: Element, element: Element): boolean {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child === element) return true;
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return false;
    if (child.nodeType === 1) return false;
  }
  return false;
}

/**
 * The heading's own box: the outermost element around it that says nothing more, or that opens
 * with it and stays a heading line ("Selected comments · See all »").
 */
function headingBox(label: Element): Element {
  const own = boundedTextLength(label, HEADING_LINE);
  let box = label;
  for (let parent = label.parentElement; parent && !isPageLevel(parent);) {
    const length = boundedTextLength(parent, HEADING_LINE);
    // "No comments yet" under the heading makes the line an empty section, read by its own rule.
    const line = opens(parent, box) && length <= HEADING_LINE && !textRuleFor(textOf(parent));
    if (length > own && !line) break;
    box = parent;
    parent = parent.parentElement;
  }
  return box;
}

/**
 * A comments heading after the story's opening, and everything after it in its container: the
 * thread, its form and its pager. Sites often set the heading and the comments side by side
 * in the story's own container, with no element of their own around them; nothing after the
 * heading there belongs to the story. A "Comments (3)" link or button is not a heading.
 */
export function commentsHeadingClues(label: Element, context: ClueContext): Clue[] {
  const anchor = context.lede ?? context.headline;
  if (!anchor || closestNamed(label, LINK_OR_BUTTON) || roleOf(label) === 'button') return [];
  if (!(anchor.compareDocumentPosition(label) & 4) /* FOLLOWING */) return [];
  const box = headingBox(label);
  const section: Element[] = [];
  let text = 0;
  for (let element: Element | null = box; element; element = element.nextElementSibling) {
    section.push(element);
    if (element !== box && text <= HEADING_LINE) text += boundedTextLength(element, HEADING_LINE);
  }
  // A heading over a line or two ("No comments yet") is left to the rules that read that line.
  if (text <= HEADING_LINE) return [];
  const clues: Clue[] = section.map((element) => ({
    element,
    kind: 'comments',
    reason: 'reader comments (under their heading)',
    maxText: 0,
  }));
  return clues;
}
