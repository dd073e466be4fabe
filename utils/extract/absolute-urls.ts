/**
 * Absolute URLs in a subtree (links, images, sources, posters), so that HTML taken from the page
 * keeps working wherever it is shown; the sanitizer drops any URL that is not absolute http(s).
 */

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
  const withUrls = root.querySelectorAll('[href], [src], [poster], [srcset]');
  for (const node of [root, ...Array.from(withUrls)]) {
    for (const name of URL_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value !== null) node.setAttribute(name, absolute(value, baseUrl));
    }
    const srcset = node.getAttribute('srcset');
    if (srcset !== null) node.setAttribute('srcset', absoluteSrcset(srcset, baseUrl));
  }
}
