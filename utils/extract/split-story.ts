/**
 * Stories split into chunks: many sites cut the body into several containers of the same kind
 * (one per screenful, with ads between), and Readability keeps only the chunk it scored best
 * and whatever siblings it joins. The chunks are found by shape: the containers that hold the
 * paragraphs Readability kept share a tag and class list, and any other container of that very
 * shape in the story's part of the page, holding prose Readability left out, is another chunk.
 * A live blog's posts are read this way too, each chunk with the heading set right over it.
 */
import { boundedTextLength } from './declutter-block.ts';
import {
  attributeOf,
  descendants,
  firstNamed,
  isAnyHeading,
  isInsideAny,
  nameOf,
} from './dom-walk.ts';
import { elementText, normalizeText } from './text.ts';

/** A line long enough to identify its paragraph. */
const KEY_LENGTH = 60;
/** A left-out paragraph this long is story, not a caption or a label. */
const PROSE = 80;

function keyOf(text: string): string {
  return normalizeText(text).slice(0, KEY_LENGTH);
}

/** keyOf the paragraph's text (its one-line text is kept for the read: see elementText). */
function paragraphKey(paragraph: Element): string {
  return elementText(paragraph).slice(0, KEY_LENGTH);
}

/** Tag and class list: "div.story-chunk". */
interface Shape {
  name: string;
  classes: string;
}

function classesOf(element: Element): string {
  return (attributeOf(element, 'class') ?? '').trim();
}

function shapeOf(element: Element): Shape {
  return { name: nameOf(element), classes: classesOf(element) };
}

/** An element's shape as one string ("div.story-chunk"): the elements of one template share it. */
export function shapeKeyOf(element: Element): string {
  return `${nameOf(element)}.${classesOf(element)}`;
}

/** Whether `element` has `shape` (the tag name first: most elements of the page differ there). */
function hasShape(element: Element, shape: Shape): boolean {
  return nameOf(element) === shape.name && classesOf(element) === shape.classes;
}

/**
 * The chunks of a split story, in page order, when Readability's text (`extracted`) left some
 * out; null otherwise. `scope` is the part of the page the story was read from.
 */
export function findStoryChunks(
  scope: Element,
  extracted: string,
  skip: ReadonlySet<Element>,
): Element[] | null {
  const kept = new Set(
    extracted
      .split('\n')
      .filter((line) => line.length >= KEY_LENGTH)
      .map(keyOf),
  );
  if (kept.size < 2) return null;
  const shapes = new Map<string, { shape: Shape; count: number }>();
  const all = descendants(scope);
  const paragraphs = all.filter(
    (p) =>
      nameOf(p) === 'p' && boundedTextLength(p, KEY_LENGTH) >= KEY_LENGTH && !isInsideAny(p, skip),
  );
  for (const paragraph of paragraphs) {
    const parent = paragraph.parentElement;
    if (parent && kept.has(paragraphKey(paragraph))) {
      const key = shapeKeyOf(parent);
      const known = shapes.get(key);
      if (known) known.count++;
      else shapes.set(key, { shape: shapeOf(parent), count: 1 });
    }
  }
  const [, best] = [...shapes].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  // A bare <div> has no shape to go by.
  if (!best || best.count < 2 || !/\S/.test(best.shape.classes)) return null;
  const chunks = all.filter(
    (element) => hasShape(element, best.shape) && !isInsideAny(element, skip),
  );
  const missing = paragraphs.some(
    (p) =>
      p.parentElement !== null &&
      chunks.includes(p.parentElement) &&
      boundedTextLength(p, PROSE) >= PROSE &&
      !kept.has(paragraphKey(p)),
  );
  return chunks.length >= 2 && missing ? chunks : null;
}

/** How far up from a chunk its heading is looked for. */
const HEADING_LEVELS = 5;

/**
 * The headings set right before `chunk` (its previous sibling, or its box's, up to the box that
 * holds another chunk), in page order, after the post's time when one is set before them.
 */
function headingsOver(chunk: Element, chunks: ReadonlySet<Element>, scope: Element): Element[] {
  const found: Element[] = [];
  let node = chunk;
  for (let level = 0; level < HEADING_LEVELS; level++) {
    let before = node.previousElementSibling;
    if (found.length === 0) {
      for (; before && isAnyHeading(before); before = before.previousElementSibling) {
        found.unshift(before);
      }
    }
    if (before && isPostTime(before)) {
      found.unshift(before);
      break;
    }
    // Past the headings, only a time before the box they open is looked for.
    if (found.length > 0 && before) break;
    const up = node.parentElement;
    if (!up || up === scope || holdsOtherChunk(up, chunk, chunks)) break;
    node = up;
  }
  return found;
}

/** Whether `box` holds a chunk besides `chunk`. */
function holdsOtherChunk(box: Element, chunk: Element, chunks: ReadonlySet<Element>): boolean {
  return descendants(box).some((inner) => inner !== chunk && chunks.has(inner));
}

/** The longest line read as a post's time ("5:33PM", "2 March 2024 22:17 GMT"). */
const TIME_LINE = 40;
const TIME = new Set(['time']);

/**
 * A live blog post's time, set before its heading or its text's box (the Telegraph's
 * "<a><time datetime=…>5:33PM</time></a><div><h3>KICK OFF!</h3>…"): a <time> with its
 * machine-readable date, or a short line holding one. It leads the chunk's copy with the heading,
 * so each post keeps when it came.
 */
function isPostTime(element: Element): boolean {
  const time = nameOf(element) === 'time' ? element : firstNamed(element, TIME);
  return (
    time?.hasAttribute('datetime') === true && boundedTextLength(element, TIME_LINE) <= TIME_LINE
  );
}

/**
 * The headings to read at the start of each chunk: a live blog's posts are chunks too (each
 * post's text in a box under the post's heading), and a story's screenfuls may open with a
 * subhead outside the text box. They go into the chunk's copy, not beside it: Readability keeps
 * only the block it picks and the siblings it joins, and a heading is never joined.
 */
export function chunkHeadings(
  chunks: readonly Element[],
  scope: Element,
  skip: ReadonlySet<Element>,
): Map<Element, Element[]> {
  const all = new Set(chunks);
  const leads = new Map<Element, Element[]>();
  for (const chunk of chunks) {
    const headings = headingsOver(chunk, all, scope).filter(
      (heading) => !isInsideAny(heading, skip),
    );
    if (headings.length > 0) leads.set(chunk, headings);
  }
  return leads;
}
