/**
 * Bounds on the work one page may cost (security.md rule 8). Readability is superlinear: a
 * 50,000-element nested page took two minutes in jsdom, and a 2,000-deep chain of <div>s never
 * finished. Copying a page for extraction costs time per element too, so the page is measured
 * before anything is copied, and the copy itself stops at its caps.
 */

export const LIMITS = {
  /**
   * Elements in the page above which Lector does not read the whole page: it reads only the
   * page's article element (<article>, [itemprop=articleBody], <main>) when that is small enough,
   * and otherwise returns 'too-large'. Real news pages have a few thousand elements.
   */
  maxPageElements: 15_000,
  /** Elements copied into the working document handed to Readability. */
  maxWorkElements: 8_000,
  /** Deeper subtrees are left out of the working document (real pages nest well under 100). */
  maxDepth: 200,
} as const;

export type Limits = { [K in keyof typeof LIMITS]: number };

function formatCount(count: number): string {
  return count.toLocaleString('en-US');
}

export function tooLargeMessage(elements: number, limits: Limits = LIMITS): string {
  return (
    `This page is too large to read safely: it has ${formatCount(elements)} elements ` +
    `(Lector reads pages of up to ${formatCount(limits.maxPageElements)}, or an article ` +
    `element of up to ${formatCount(limits.maxWorkElements)}).`
  );
}

export function tooDeepMessage(limits: Limits = LIMITS): string {
  return (
    `This page is nested too deeply to read safely: parts of it are more than ` +
    `${limits.maxDepth} elements deep, and no article was found in the rest.`
  );
}
