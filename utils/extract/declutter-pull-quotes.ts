/**
 * Pull quotes: a line of the story set again in large type beside it (a <blockquote>, <aside> or
 * text-only <figure>), to catch the eye of someone scrolling. In a reader it is the same words
 * twice. Found by content, not by class: a short quote with no links whose words the story's
 * own text around it already holds. Real quotations (a statement, a passage from a report) are
 * not repeated in the prose and stay; embedded posts carry links and stay.
 */
import { clue, type Clue } from './declutter-clue.ts';
import { boundedTextLength } from './declutter-block.ts';
import { descendants, firstNamed, nameOf, textOf } from './dom-walk.ts';
import { weightedLength } from './weighted-length.ts';
import { lettersAndDigits } from './text.ts';

const CANDIDATES = new Set(['blockquote', 'aside', 'figure']);
/** Media make a figure a figure, not a quote. */
const MEDIA = new Set(['img', 'picture', 'video', 'audio', 'iframe', 'svg', 'canvas', 'table']);
const LINK = new Set(['a']);
const PAGE = new Set(['body', 'html']);
/** The attribution under a pull quote ("— Mayor Ann Berg"): not the story's words. */
const ATTRIBUTION = new Set(['cite', 'footer', 'figcaption']);
/** Pull quotes are a sentence or two (letters weighed as weighted-length.ts does). */
const MIN_LETTERS = 20;
/** Characters a candidate holds at least (ten Han characters are a sentence). */
const MIN_TEXT = 8;
const MAX_TEXT = 400;
/** Quotes looked at per page: a forum page of quoted replies is not worth comparing. */
const MAX_CANDIDATES = 12;
/** The story's text around a quote: the first ancestor holding this much more than the quote. */
const STORY_FACTOR = 3;
const STORY_EXTRA = 300;
const STORY_LEVELS = 6;
/** The share of the quote's letters the story must hold. */
const COVERED = 0.8;
/** An editor's cut ("…") or insertion ("[the mayor]") splits the quote into pieces. */
const EDITS = /\[[^\]]*\]|…|\.\.\./;
/** A piece shorter than this (weighed) is not looked for: it would be found anywhere. */
const MIN_PIECE = 12;

/** Whether `element` could be a pull quote: set apart, short, text only, no links. */
export function isPullQuoteCandidate(element: Element): boolean {
  if (!CANDIDATES.has(nameOf(element))) return false;
  const parent = element.parentElement;
  if (parent && CANDIDATES.has(nameOf(parent))) return false; // the outer one is the candidate
  const length = boundedTextLength(element, MAX_TEXT);
  return (
    length >= MIN_TEXT &&
    length <= MAX_TEXT &&
    firstNamed(element, MEDIA) === null &&
    firstNamed(element, LINK) === null
  );
}

/** The quote's own words: its text without the attribution under it. */
function quoteText(quote: Element): string {
  let text = textOf(quote);
  for (const element of descendants(quote)) {
    if (ATTRIBUTION.has(nameOf(element))) text = text.replace(textOf(element), ' ');
  }
  return text;
}

/**
 * The part of the page around `quote` that holds the story: the first ancestor holding much
 * more text than the quote. Null when there is little, or when that ancestor does not hold the
 * story's opening paragraph (a quote in a comment thread repeats another comment).
 */
function storyAround(quote: Element, length: number, lede: Element | null): Element | null {
  const need = length * STORY_FACTOR + STORY_EXTRA;
  let container: Element | null = quote.parentElement;
  for (let level = 0; container && level < STORY_LEVELS; level++) {
    if (PAGE.has(nameOf(container))) return null; // not one part of the page
    if (boundedTextLength(container, need) > need) {
      return lede && !container.contains(lede) ? null : container;
    }
    container = container.parentElement;
  }
  return null;
}

/** Whether `piece` occurs in `text` at least `times` times. */
function occurs(piece: string, text: string, times: number): boolean {
  let at = -1;
  for (let found = 0; found < times; found++) {
    at = text.indexOf(piece, at + 1);
    if (at < 0) return false;
  }
  return true;
}

/**
 * Whether `letters` (squashed text) holds nearly all of the quote's words, each piece of them
 * `times` times (twice when `letters` is the text around the quote, the quote included).
 */
function repeatsIn(quote: string, letters: string, times: number): boolean {
  const pieces = quote.split(EDITS).map((piece) => {
    const squashed = lettersAndDigits(piece);
    return { squashed, weight: weightedLength(squashed) };
  });
  const weight = pieces.reduce((sum, piece) => sum + piece.weight, 0);
  if (weight < MIN_LETTERS) return false;
  const covered = pieces
    .filter((piece) => piece.weight >= MIN_PIECE && occurs(piece.squashed, letters, times))
    .reduce((sum, piece) => sum + piece.weight, 0);
  return covered >= weight * COVERED;
}

/**
 * Whether `letters`, the squashed text of a part of the page that holds the quote, holds nearly
 * all of the quote's words a second time.
 */
export function repeatsAround(quote: string, letters: string): boolean {
  return repeatsIn(quote, letters, 2);
}

/** Whether the story's text (the quote not in it) holds nearly all of the quote's words. */
export function repeatsStory(quote: string, story: string): boolean {
  return repeatsIn(quote, lettersAndDigits(story), 1);
}

/**
 * The clue of each candidate whose words the story around it repeats. `lede` is the story's
 * first paragraph when known: a pull quote sits in the same part of the page.
 */
export function pullQuoteClues(
  candidates: readonly Element[],
  protect: readonly Element[],
  lede: Element | null,
): Clue[] {
  const clues: Clue[] = [];
  // The story's text, squashed once for all the quotes in it.
  const squashed = new Map<Element, string>();
  for (const quote of candidates.slice(0, MAX_CANDIDATES)) {
    if (protect.some((kept) => quote.contains(kept))) continue;
    const text = quoteText(quote);
    const story = storyAround(quote, text.length, lede);
    if (!story) continue;
    let letters = squashed.get(story);
    if (letters === undefined) squashed.set(story, (letters = lettersAndDigits(textOf(story))));
    if (!repeatsIn(text, letters, 2)) continue;
    clues.push({
      ...clue(quote, 'other', 'a pull quote (its words are in the story)'),
      maxText: 0,
    });
  }
  return clues;
}
