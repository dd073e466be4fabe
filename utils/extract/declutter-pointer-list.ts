/**
 * "See also" over a run of link lines: pages set the heading and its links side by side in the
 * story's own container, with no element of their own around them, so the heading's block
 * cannot grow to take them in. The lines after the heading go with it while each is a short
 * line that is mostly a link ("03.11.2011 <a>Another story</a>"); the first line that is not
 * ends the list.
 */
import type { Clue } from './declutter-clue.ts';
import { boundedTextLength } from './declutter-block.ts';
import { nonLinkTextLength } from './declutter-label-clues.ts';
import { firstNamed } from './dom-walk.ts';

/** A link line is at most this long… */
const LINE = 200;
/** …and at most this share of it is text outside its links (a date, a source). */
const OWN_SHARE = 0.5;
const LINK_NAME = new Set(['a']);
const PAGE_LEVEL = /^(body|html|main|article)$/;

/** The heading's own box: the label, or the largest ancestor that says nothing more. */
function headingBox(label: Element): Element {
  const own = boundedTextLength(label, LINE);
  let box = label;
  for (let parent = label.parentElement; parent; parent = parent.parentElement) {
    if (PAGE_LEVEL.test(parent.localName) || boundedTextLength(parent, own) > own) break;
    box = parent;
  }
  return box;
}

/** The link lines that follow a "See also" heading (no links of its own), as clues. */
export function pointerListClues(label: Element, protect: readonly Element[]): Clue[] {
  const box = headingBox(label);
  if (firstNamed(box, LINK_NAME)) return []; // "Read more: <a>…</a>" is one block, found as such
  const clues: Clue[] = [];
  for (let line = box.nextElementSibling; line; line = line.nextElementSibling) {
    if (line.localName === 'br') continue;
    const length = boundedTextLength(line, LINE);
    if (length === 0 || length > LINE || !firstNamed(line, LINK_NAME)) break;
    if (nonLinkTextLength(line, LINE) > length * OWN_SHARE) break;
    if (protect.some((kept) => line.contains(kept))) break;
    clues.push({ element: line, kind: 'related', reason: 'links to other stories', maxText: 0 });
  }
  return clues;
}
