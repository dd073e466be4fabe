/**
 * A live blog's updates each carry their time ("2 March 2024 22:17" under every post), and the
 * date-line rule (declutter-label-clues.ts) takes each one for a copy of the page's date line.
 * They are the reader's only way to tell when each update came, and plain Readability keeps them.
 * A series of date lines (three or more of one shape, each naming its own time of day) is a
 * live blog's post times: those clues are dropped, so the times stay with their posts.
 */
import type { Clue } from './declutter-clue.ts';
import { elementText } from './text.ts';
import { shapeKeyOf } from './split-story.ts';

/** What the date-line rule calls its clue. */
export const DATE_LINE_REASON = 'a date line';

/** How many date lines of one shape make a live blog's post times. */
const SERIES = 3;

/** A time of day: "22:17", "10:30 PM", "9.05am", "22h17" (a dotted "22.05" alone is a date). */
const TIME_OF_DAY = /(^|\D)\d{1,2}(:\d{2}|\.\d{2}\s*[ap]\.?m\b|h\d{2}\b)/iu;

/** A date line's shape, and its parent's (a post footer's "date" span in its row). */
function shapeOf(element: Element): string {
  const parent = element.parentElement;
  return `${shapeKeyOf(element)}>${parent ? shapeKeyOf(parent) : ''}`;
}

/** `clues` without the date lines that time a live blog's posts. */
export function withoutPostTimes(clues: Clue[]): Clue[] {
  const series = new Map<string, { clues: Clue[]; texts: Set<string> }>();
  for (const clue of clues) {
    if (clue.reason !== DATE_LINE_REASON) continue;
    const text = elementText(clue.element);
    if (!TIME_OF_DAY.test(text)) continue;
    const shape = shapeOf(clue.element);
    const known = series.get(shape) ?? { clues: [], texts: new Set<string>() };
    known.clues.push(clue);
    known.texts.add(text);
    series.set(shape, known);
  }
  const postTimes = new Set<Clue>();
  for (const { clues: members, texts } of series.values()) {
    // The same line over and over is a template's (a teaser grid's one date), not a post's time.
    if (texts.size >= SERIES) for (const member of members) postTimes.add(member);
  }
  return postTimes.size === 0 ? clues : clues.filter((clue) => !postTimes.has(clue));
}
