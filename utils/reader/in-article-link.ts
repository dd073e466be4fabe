/**
 * Links within the article: footnote marks ("¹" to "#fn1"), their "↩" back, a "see below". The
 * core resolves every link against the page's address and the sanitizer opens every link in a
 * new tab (security.md, rule 2), so such a link would open the original page in another tab, at
 * the note. The reader takes it to the place in its own copy instead. The sanitizer gave every
 * id and name in the article the prefix `user-content-` (SANITIZE_NAMED_PROPS), so a page's ids
 * cannot clash with the reader's own.
 */
export const NAMED_PROP_PREFIX = 'user-content-';

function withoutHash(url: URL): string {
  return url.href.slice(0, url.href.length - url.hash.length);
}

/**
 * The element of `root` a link to `href` points at, when `href` is one of `pageUrls` (the
 * article's own addresses) with a fragment naming an element of the article; null otherwise.
 */
export function inArticleTarget(
  href: string,
  pageUrls: readonly (string | null)[],
  root: ParentNode,
): Element | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.hash.length < 2) return null;
  const page = withoutHash(url);
  const isThisPage = pageUrls.some((candidate) => {
    if (!candidate) return false;
    try {
      return withoutHash(new URL(candidate)) === page;
    } catch {
      return false;
    }
  });
  if (!isThisPage) return null;
  let name: string;
  try {
    name = NAMED_PROP_PREFIX + decodeURIComponent(url.hash.slice(1));
  } catch {
    return null;
  }
  for (const element of root.querySelectorAll('[id], a[name]')) {
    if (element.getAttribute('id') === name || element.getAttribute('name') === name)
      return element;
  }
  return null;
}
