/**
 * Element traversal that stays linear in jsdom. `getElementsByTagName` returns a live
 * HTMLCollection whose every index access (even through `Array.from` or `item()`) re-validates
 * the collection there: iterating one on a 1,700-element page took 300–600 ms, more than
 * Readability's whole run. Walking siblings by hand costs well under a millisecond, in jsdom and
 * in browsers alike.
 */

/** Every element under `root` (not `root` itself), in document order. */
export function descendants(root: Element | Document): Element[] {
  return descendantsBeside(root, null);
}

/** Elements under `root` with one of these local names (lower case), in document order. */
export function descendantsNamed(root: Element | Document, ...names: string[]): Element[] {
  const wanted = new Set(names);
  return descendants(root).filter((element) => wanted.has(element.localName));
}

/** Count the elements under `root`, stopping as soon as the count passes `stopAbove`. */
export function countDescendants(root: Element | Document, stopAbove = Infinity): number {
  let count = 0;
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) {
    stack.push(child);
  }
  while (stack.length > 0 && count <= stopAbove) {
    const element = stack.pop()!;
    count++;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
  return count;
}

/** Whether `element` or one of its ancestors is in `blocks` (a set, or the keys of a map). */
export function isInsideAny(element: Element, blocks: { has(element: Element): boolean }): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (blocks.has(node)) return true;
  }
  return false;
}

/**
 * The element's children as an array, by sibling links: `Array.from(element.children)` indexes
 * a live HTMLCollection, which jsdom makes costly (see the top of this file).
 */
export function childElements(element: Element): Element[] {
  const children: Element[] = [];
  for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
    children.push(child);
  }
  return children;
}

/*
 * Stand-ins for `closest` and `querySelectorAll` with simple selectors. jsdom's selector engine
 * parses and matches each call on its own, and the reading core asks thousands of these per
 * page: a parent loop or a sibling walk testing `localName` and attributes gives the same
 * elements, in the same (document) order, at a small part of the cost. Tag names are compared
 * as they are written in lower case: that is how a type selector matches an HTML element in an
 * HTML document, and how it matches an SVG or MathML element (case-sensitively).
 */

/** `element.closest('a, b, …')` for plain tag names: the element itself or its nearest ancestor. */
export function closestNamed(element: Element, names: ReadonlySet<string>): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (names.has(node.localName)) return node;
  }
  return null;
}

/** Whether `element` matches `a[href]`. */
export function isLink(element: Element): boolean {
  return element.localName === 'a' && element.hasAttribute('href');
}

/** `element.closest('a[href]')`. */
export function closestLink(element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isLink(node)) return node;
  }
  return null;
}

/** `root.querySelectorAll('a[href]')` as an array (root itself excluded). */
export function linksUnder(root: Element | Document): Element[] {
  return descendants(root).filter(isLink);
}

/** Whether `element` matches `h1, h2, h3, h4, h5, h6, [role="heading"]`. */
export function isAnyHeading(element: Element): boolean {
  return /^h[1-6]$/.test(element.localName) || element.getAttribute('role') === 'heading';
}

/** `element.closest('h1, …, h6, [role="heading"]')`. */
export function closestHeading(element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isAnyHeading(node)) return node;
  }
  return null;
}

/** `root.querySelector('a, b, …')` for plain tag names, stopping at the first found. */
export function firstNamed(root: Element | Document, names: ReadonlySet<string>): Element | null {
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) {
    stack.push(child);
  }
  while (stack.length > 0) {
    const element = stack.pop()!;
    if (names.has(element.localName)) return element;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
  return null;
}

/*
 * One list of a page's elements for a whole read. readPage only reads the page, and half a dozen
 * steps (metadata, headline, related blocks, clutter, removals) each walked all of it: inside
 * `withElementList`, `elementsUnder` slices their walks out of one list taken at the start.
 */
const elementLists = new WeakMap<Document, Element[]>();

/**
 * Run `work` with `doc`'s elements listed once; `doc` must not change meanwhile. `listed` is
 * `descendants(doc)` when the caller has it already.
 */
export function withElementList<T>(doc: Document, work: () => T, listed?: Element[]): T {
  if (elementLists.has(doc)) return work();
  elementLists.set(doc, listed ?? descendants(doc));
  try {
    return work();
  } finally {
    elementLists.delete(doc);
  }
}

/**
 * A token for the read of `doc` in progress (inside `withElementList`), or null outside one:
 * answers about the page may be kept under it for the read, as the page cannot change meanwhile.
 */
export function currentRead(doc: Document): object | null {
  return elementLists.get(doc) ?? null;
}

/** The first element after `element`'s subtree, in document order. */
function nextAfterSubtree(element: Element): Element | null {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

/** `descendants(root)`, sliced from the read's element list when there is one. */
export function elementsUnder(root: Element | Document): Element[] {
  const doc = root.nodeType === 9 /* DOCUMENT_NODE */ ? (root as Document) : root.ownerDocument!;
  const list = elementLists.get(doc);
  if (!list) return descendants(root);
  if (root === doc) return list.slice();
  const element = root as Element;
  const start = list.indexOf(element);
  if (start < 0) return descendants(root);
  const next = nextAfterSubtree(element);
  const end = next ? list.indexOf(next, start + 1) : list.length;
  return list.slice(start + 1, end < 0 ? list.length : end);
}

/**
 * `descendants(root)` without the descendants of `inside` (itself still listed): for a climb
 * that has looked at the subtree below already.
 */
export function descendantsBeside(root: Element | Document, inside: Element | null): Element[] {
  const found: Element[] = [];
  const stack: Element[] = [];
  for (let child = root.lastElementChild; child; child = child.previousElementSibling) {
    stack.push(child);
  }
  while (stack.length > 0) {
    const element = stack.pop()!;
    found.push(element);
    if (element === inside) continue;
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) {
      stack.push(child);
    }
  }
  return found;
}

/**
 * The elements after `start` in document order (its own descendants first), at most `limit`:
 * what sits under a headline. Callers only read, so the walk can run lazily.
 */
export function* elementsAfter(start: Element, limit: number): Generator<Element> {
  const doc = start.ownerDocument;
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 1 /* SHOW_ELEMENT */);
  walker.currentNode = start;
  for (let seen = 0, node = walker.nextNode(); node && seen < limit; seen++) {
    yield node as Element;
    node = walker.nextNode();
  }
}
