/**
 * Generated huge and pathological pages for the bounds (issue 5, security.md rule 8): a story of
 * a few paragraphs in an <article>, then `elements` more elements, either flat (siblings of one
 * parent) or as chains 2,000 deep. Used by tests/security/bounds.test.ts (the core in Node),
 * tests/e2e/bounds.e2e.ts (Chromium) and `npm run audit:security`.
 */

export const STORY_TITLE = 'Council weighs the station housing plan';
export const STORY_PARAGRAPHS = Array.from(
  { length: 12 },
  (_, index) =>
    `Paragraph ${index + 1} of the story: the council met on Tuesday to weigh the plan, which would add housing near the station, and members asked for more time to study its cost before the vote in June.`,
);

export type Shape = 'flat' | 'deep';

export interface HugePage {
  name: string;
  shape: Shape;
  /** Elements in the page besides the story (the page has a few dozen more). */
  elements: number;
  html: string;
}

const DEPTH = 2_000;

function filler(shape: Shape, elements: number): string {
  if (shape === 'flat') return '<div class="x">x</div>'.repeat(elements);
  const chains = Math.max(1, Math.round(elements / DEPTH));
  const chain = `${'<div>'.repeat(DEPTH - 1)}<span>deep text</span>${'</div>'.repeat(DEPTH - 1)}`;
  return chain.repeat(chains);
}

export function hugePage(shape: Shape, elements: number): HugePage {
  const story = STORY_PARAGRAPHS.map((text) => `<p>${text}</p>`).join('');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${STORY_TITLE}</title></head><body><main><article><h1>${STORY_TITLE}</h1>${story}</article></main><section class="filler">${filler(shape, elements)}</section></body></html>`;
  return {
    name: `${elements.toLocaleString('en-US')} elements, ${shape === 'flat' ? 'flat' : `${DEPTH.toLocaleString('en-US')} deep`}`,
    shape,
    elements,
    html,
  };
}

export const SIZES = [10_000, 50_000, 200_000] as const;

export function allHugePages(): HugePage[] {
  return SIZES.flatMap((size) => [hugePage('flat', size), hugePage('deep', size)]);
}
