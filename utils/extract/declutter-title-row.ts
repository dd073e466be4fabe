/**
 * A list of other stories under its own title row: "Popular" with a "Swipe →" hint, "Latest" with
 * a date, the two alone in one box. A list found by its teasers is removed alone (its clue grows
 * no further), and without this its title row stayed in the article as a stray line or two.
 */
import { CONTAINERS } from './declutter-block.ts';
import {
  childElements,
  descendants,
  hasOwnText,
  isAnyHeading,
  lineOf,
  nameOf,
} from './dom-walk.ts';

/** A title row is a heading and a hint, never a sentence. */
const MAX_ROW_TEXT = 80;
/** Elements that make a row more than a title: links, media, controls. */
const NOT_IN_TITLE = new Set(['a', 'img', 'picture', 'video', 'iframe', 'form', 'input', 'p']);

/** Whether `row` is a title row: a heading (itself or one inside), short, no link or image. */
function isTitleRow(row: Element): boolean {
  const inner = descendants(row);
  if (!isAnyHeading(row) && !inner.some(isAnyHeading)) return false;
  if (inner.some((element) => NOT_IN_TITLE.has(nameOf(element)))) return false;
  const text = lineOf(row);
  return text.length > 0 && text.length <= MAX_ROW_TEXT;
}

/**
 * The box of `block` and its title row when the two are all the box holds (the title row comes
 * first); else `block`. Never a box holding one of `protect` (the headline, the story's opening).
 */
export function withTitleRow(block: Element, protect: readonly Element[]): Element {
  const box = block.parentElement;
  if (!box || CONTAINERS.has(nameOf(box)) || hasOwnText(box)) return block;
  const children = childElements(box);
  if (children.length !== 2 || children[1] !== block || !isTitleRow(children[0]!)) return block;
  if (protect.some((kept) => box.contains(kept))) return block;
  return box;
}
