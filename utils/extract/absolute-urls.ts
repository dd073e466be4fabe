/**
 * Absolute URLs in a subtree (links, images, sources, posters), so that HTML taken from the page
 * keeps working wherever it is shown; the sanitizer drops any URL that is not absolute http(s).
 */

import { descendants } from './dom-walk.ts';

const URL_ATTRIBUTES = ['href', 'src', 'poster'];

function absolute(value: string, baseUrl: string): string {
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return value;
  }
}

function absoluteSrcset(srcset: string, baseUrl: string): string {
  return srcset
    .split(/,\s+/)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [absolute(url, baseUrl), ...descriptor].join(' ');
    })
    .join(', ');
}

/** Rewrite the URLs of `root` and its descendants in place (call it on a copy). */
export function absolutizeUrls(root: Element, baseUrl: string): void {
  // Every element, not `querySelectorAll('[href], [src], [poster], [srcset]')`: an element with
  // none of them is left as it is below, and a walk costs far less than the query in jsdom.
  for (const node of [root, ...descendants(root)]) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null) node.setAttribute(name, absolute(value, baseUrl));
    }
    const srcset = node.getAttribute('srcset');
    if (srcset !== null) node.setAttribute('srcset', absoluteSrcset(srcset, baseUrl));
  }
}
