/**
 * Whether the person asked their system for less motion: the reader then jumps where it would
 * scroll smoothly (paging keys, links within the article, speech following the text).
 */
export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
