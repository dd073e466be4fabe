/**
 * The few kinds of element metadata reading needs (<meta>, JSON-LD scripts, headings, <time>),
 * collected in one walk over the page instead of one selector scan each: in jsdom every
 * `querySelectorAll` walks the whole document.
 */
import { descendants, nameOf } from './dom-walk.ts';

export interface PageElements {
  metas: Element[];
  jsonLd: Element[];
  h1s: Element[];
  h2s: Element[];
  times: Element[];
}

export function collectPageElements(doc: Document): PageElements {
  const found: PageElements = { metas: [], jsonLd: [], h1s: [], h2s: [], times: [] };
  const root = doc.documentElement;
  if (!root) return found;
  for (const element of descendants(root)) {
    switch (nameOf(element)) {
      case 'meta':
        found.metas.push(element);
        break;
      case 'script':
        if (element.getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') {
          found.jsonLd.push(element);
        }
        break;
      case 'h1':
        found.h1s.push(element);
        break;
      case 'h2':
        found.h2s.push(element);
        break;
      case 'time':
        found.times.push(element);
        break;
    }
  }
  return found;
}
