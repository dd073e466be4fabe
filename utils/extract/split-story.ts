/**
 * Stories split into chunks: many sites cut the body into several containers of the same kind
 * (one per screenful, with ads between), and Readability keeps only the chunk it scored best
 * and whatever siblings it joins. The chunks are found by shape: the containers that hold the
 * paragraphs Readability kept share a tag and class list, and any other container of that very
 * shape in the story's part of the page, holding prose Readability left out, is another chunk.
 */
import { boundedTextLength } from './declutter-block.ts';
import { descendants, isInsideAny, nameOf, textOf } from './dom-walk.ts';
import { normalizeText } from './text.ts';

/** A line long enough to identify its paragraph. */
const KEY_LENGTH = 60;
/** A left-out paragraph this long is story, not a caption or a label. */
const PROSE = 80;

function keyOf(text: string): string {
  return normalizeText(text).slice(0, KEY_LENGTH);
}

function shapeOf(element: Element): string {
  return `${nameOf(element)}.${(element.getAttribute('class') ?? '').trim()}`;
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
  const shapes = new Map<string, number>();
  const all = descendants(scope);
  const paragraphs = all.filter(
    (p) =>
      nameOf(p) === 'p' && boundedTextLength(p, KEY_LENGTH) >= KEY_LENGTH && !isInsideAny(p, skip),
  );
  for (const paragraph of paragraphs) {
    const parent = paragraph.parentElement;
    if (parent && kept.has(keyOf(textOf(paragraph)))) {
      shapes.set(shapeOf(parent), (shapes.get(shapeOf(parent)) ?? 0) + 1);
    }
  }
  const [shape, count] = [...shapes].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  // A bare <div> has no shape to go by.
  if (count < 2 || !/\.\S/.test(shape)) return null;
  const chunks = all.filter((element) => shapeOf(element) === shape && !isInsideAny(element, skip));
  const missing = paragraphs.some(
    (p) =>
      p.parentElement !== null &&
      chunks.includes(p.parentElement) &&
      boundedTextLength(p, PROSE) >= PROSE &&
      !kept.has(keyOf(textOf(p))),
  );
  return chunks.length >= 2 && missing ? chunks : null;
}
