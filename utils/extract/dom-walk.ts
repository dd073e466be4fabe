/**
 * Element traversal that stays linear in jsdom. `getElementsByTagName` returns a live
 * HTMLCollection whose every index access (even through `Array.from` or `item()`) re-validates
 * the collection there: iterating one on a 1,700-element page took 300–600 ms, more than
 * Readability's whole run. Walking siblings by hand costs well under a millisecond, in jsdom and
 * in browsers alike.
 */
import { collapsedLength, normalizeText } from './weighted-length.ts';

/** Every element under `root` (not `root` itself), in document order. */
export function descendants(root: Element | Document): Element[] {
  return descendantsBeside(root, null);
}

/*
 * The read's index of the page (see withElementList): every element's place in document order,
 * where its subtree ends, its parent and its tag name, taken in the one walk that lists the page.
 * jsdom answers each sibling, child, parent and tag-name step through several layers of wrappers;
 * inside a read the walks below answer from these arrays instead. The page must not change
 * meanwhile (the reading core never changes it); elements of other documents (the working copy)
 * are not in the index and are walked as before.
 */
interface ElementIndex {
  doc: Document;
  list: Element[];
  at: Map<Element, number>;
  /** One past the last descendant of list[i]. */
  end: Int32Array;
  /** The index of list[i]'s parent element, -1 for the root element. */
  parent: Int32Array;
  names: string[];
  /** Each element's attributes, read on the first question about one (undefined until then). */
  attributes: (Attributes | undefined)[];
  /** Each element's text on one line (see lineOf), made on the first question. */
  lines: (string | undefined)[];
  /** The page's text lengths (see TextIndex). */
  text: TextIndex;
}

/*
 * The text half of the index. The reading core measures short texts all over the page (every
 * element with text of its own, every block a clue grows into), each by walking the text nodes
 * under an element: in jsdom every step of such a walk goes through several wrappers. One walk of
 * all the page's nodes gives each text node's collapsed length (see collapsedLength), summed in
 * document order, and each element's run of text nodes; a length is then a difference of sums.
 */
interface TextIndex {
  /** The data of the page's text nodes (CDATA sections too), in document order. */
  texts: string[];
  /** sums[k]: the collapsed lengths of the first k of them, added up (CDATA counted as 0). */
  sums: Float64Array;
  /** Where list[i]'s text nodes start in document order, and one past where they end. */
  first: Int32Array;
  last: Int32Array;
  /** Whether list[i] has a text node child with something other than whitespace in it. */
  ownText: Uint8Array;
}

let current: ElementIndex | null = null;

/** Where `element` is in the read's index, or -1 outside a read or for another document's. */
function placeOf(element: Element): number {
  return current?.at.get(element) ?? -1;
}

/** The slice of the read's index that lists `root`'s descendants, or null when not indexed. */
function rangeOf(root: Element | Document): [number, number] | null {
  if (!current) return null;
  if (root.nodeType === 9 /* DOCUMENT_NODE */) {
    return root === current.doc ? [0, current.list.length] : null;
  }
  const index = placeOf(root as Element);
  return index < 0 ? null : [index + 1, current.end[index]!];
}

/** The page's elements in document order, with their parents and text: what withElementList indexes. */
export interface ElementListing {
  list: Element[];
  parent: Int32Array;
  text: TextIndex;
}

/**
 * List every element of `doc` in document order, with the index of each one's parent, and take
 * the text index (see TextIndex) in the same walk over the page's nodes.
 */
export function listElements(doc: Document): ElementListing {
  const list: Element[] = [];
  const parents: number[] = [];
  const first: number[] = [];
  const last: number[] = [];
  const ownText: number[] = [];
  const texts: string[] = [];
  const sums: number[] = [0];
  // The elements the walk is inside, innermost last.
  const open: number[] = [];
  let total = 0;
  let node: Node | null = doc.firstChild;
  while (node) {
    if (node.nodeType === 1 /* ELEMENT_NODE */) {
      const at = list.push(node as Element) - 1;
      parents.push(open.length > 0 ? open[open.length - 1]! : -1);
      first.push(sums.length - 1);
      last.push(sums.length - 1);
      ownText.push(0);
      if (node.firstChild) {
        open.push(at);
        node = node.firstChild;
        continue;
      }
    } else if (node.nodeType === 3 /* TEXT_NODE */ && open.length > 0) {
      const data = node.nodeValue ?? '';
      const length = collapsedLength(data);
      texts.push(data);
      sums.push((total += length));
      if (length > 0) ownText[open[open.length - 1]!] = 1;
    } else if (node.nodeType === 4 /* CDATA_SECTION_NODE */ && open.length > 0) {
      // Part of textContent (an <svg> may hold one), not of the visible text lengths.
      texts.push(node.nodeValue ?? '');
      sums.push(total);
    }
    // Up to the next sibling, closing each element the walk leaves.
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (node && node.nodeType === 1) last[open.pop()!] = sums.length - 1;
    }
    node = node?.nextSibling ?? null;
  }
  return {
    list,
    parent: Int32Array.from(parents),
    text: {
      texts,
      sums: Float64Array.from(sums),
      first: Int32Array.from(first),
      last: Int32Array.from(last),
      ownText: Uint8Array.from(ownText),
    },
  };
}

function indexOf(doc: Document, { list, parent, text }: ElementListing): ElementIndex {
  const at = new Map<Element, number>();
  const names: string[] = new Array<string>(list.length);
  const end = new Int32Array(list.length);
  for (let index = 0; index < list.length; index++) {
    at.set(list[index]!, index);
    names[index] = list[index]!.localName;
    end[index] = index + 1;
  }
  // Children come after their parent: one backward pass carries each subtree's end upwards.
  for (let index = list.length - 1; index >= 0; index--) {
    const up = parent[index]!;
    if (up >= 0 && end[up]! < end[index]!) end[up] = end[index]!;
  }
  return {
    doc,
    list,
    at,
    end,
    parent,
    names,
    attributes: new Array<Attributes | undefined>(list.length),
    lines: new Array<string | undefined>(list.length),
    text,
  };
}

/** The read's text index and `element`'s place in it, or null when it is not in the index. */
function textAt(element: Element): [TextIndex, number] | null {
  const index = placeOf(element);
  return index < 0 ? null : [current!.text, index];
}

/**
 * The collapsed length of the text under `root`, added up text node by text node in document
 * order and stopped at the first sum over `limit` (what a walk that stops there returns), from
 * the read's index; null when `root` is not in it.
 */
export function indexedTextLength(root: Element, limit: number): number | null {
  const found = textAt(root);
  if (!found) return null;
  const [{ sums, first, last }, index] = found;
  const from = first[index]!;
  const to = last[index]!;
  const base = sums[from]!;
  if (sums[to]! - base <= limit) return sums[to]! - base;
  // The sums only grow: the first one over the limit, by halving.
  let low = from + 1;
  let high = to;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sums[middle]! - base > limit) high = middle;
    else low = middle + 1;
  }
  return sums[low]! - base;
}

/**
 * `node.textContent` ('' for null), from the read's index when `node` is one of its elements:
 * jsdom walks the subtree for each read of it, and the core reads the text of many elements.
 */
export function textOf(node: Node | null | undefined): string {
  if (!node) return '';
  const found = node.nodeType === 1 ? textAt(node as Element) : null;
  if (!found) return node.textContent ?? '';
  const [{ texts, first, last }, index] = found;
  const from = first[index]!;
  const to = last[index]!;
  return to - from === 1 ? texts[from]! : texts.slice(from, to).join('');
}

/**
 * `normalizeText(textOf(element))`, made once per element of the page in a read: the passes ask
 * the one-line text of the same headings, items and labels several times over.
 */
export function lineOf(element: Node): string {
  const index = element.nodeType === 1 ? placeOf(element as Element) : -1;
  if (index < 0) return normalizeText(textOf(element));
  return (current!.lines[index] ??= normalizeText(textOf(element)));
}

/** Whether `element` has a text node child that is not all whitespace. */
export function hasOwnText(element: Element): boolean {
  const found = textAt(element);
  if (found) return found[0].ownText[found[1]] === 1;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/.test(child.nodeValue ?? '')) return true;
  }
  return false;
}

/** Elements under `root` with one of these local names (lower case), in document order. */
export function descendantsNamed(root: Element | Document, ...names: string[]): Element[] {
  const wanted = new Set(names);
  const range = rangeOf(root);
  if (range) {
    const { list, names: tags } = current!;
    const found: Element[] = [];
    for (let at = range[0]; at < range[1]; at++) if (wanted.has(tags[at]!)) found.push(list[at]!);
    return found;
  }
  // Outside the index (the working copy, which Readability asks this of some twenty times per
  // read): one walk keeping only the named elements, without listing the others first.
  return walkElements(root, null, wanted);
}

/**
 * The elements under `root` in document order: those named in `wanted` (all when null), and
 * none below `inside` (itself still listed). A TreeWalker steps over the tree inside the DOM
 * implementation: in jsdom one call per element instead of a sibling and a child step, a tenth
 * faster over the working copy, which Readability has this walk over some twenty times per read.
 */
function walkElements(
  root: Element | Document,
  inside: Element | null,
  wanted: ReadonlySet<string> | null,
): Element[] {
  const found: Element[] = [];
  const doc = root.nodeType === 9 /* DOCUMENT_NODE */ ? (root as Document) : root.ownerDocument!;
  const walker = doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  let element = walker.nextNode() as Element | null;
  while (element) {
    if (!wanted || wanted.has(element.localName)) found.push(element);
    if (element !== inside) {
      element = walker.nextNode() as Element | null;
      continue;
    }
    // Past `inside`'s subtree: its next sibling, or the next sibling of the nearest ancestor
    // (below `root`) that has one.
    element = walker.nextSibling() as Element | null;
    while (!element && walker.parentNode()) element = walker.nextSibling() as Element | null;
  }
  return found;
}

/** Count the elements under `root`, stopping as soon as the count passes `stopAbove`. */
export function countDescendants(root: Element | Document, stopAbove = Infinity): number {
  const range = rangeOf(root);
  if (range) return Math.min(range[1] - range[0], stopAbove + 1);
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
  const index = placeOf(element);
  if (index >= 0) {
    const { list, parent } = current!;
    for (let at = index; at >= 0; at = parent[at]!) if (blocks.has(list[at]!)) return true;
    return false;
  }
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
  const index = placeOf(element);
  if (index >= 0) {
    const { list, end } = current!;
    for (let at = index + 1; at < end[index]!; at = end[at]!) children.push(list[at]!);
    return children;
  }
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
  const index = placeOf(element);
  if (index >= 0) {
    const { list, parent, names: tags } = current!;
    for (let at = index; at >= 0; at = parent[at]!) if (names.has(tags[at]!)) return list[at]!;
    return null;
  }
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (names.has(node.localName)) return node;
  }
  return null;
}

/** Whether `element` matches `a[href]`. */
export function isLink(element: Element): boolean {
  return element.localName === 'a' && element.hasAttribute('href');
}

/** isLink for the element at `at` in the read's index (its tag name from the index). */
function isLinkAt(at: number): boolean {
  return current!.names[at] === 'a' && attributesAt(at).href !== undefined;
}

/** `element.closest('a[href]')`. */
export function closestLink(element: Element): Element | null {
  const index = placeOf(element);
  if (index >= 0) {
    const { list, parent } = current!;
    for (let at = index; at >= 0; at = parent[at]!) if (isLinkAt(at)) return list[at]!;
    return null;
  }
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isLink(node)) return node;
  }
  return null;
}

/** `root.querySelectorAll('a[href]')` as an array (root itself excluded). */
export function linksUnder(root: Element | Document): Element[] {
  const range = rangeOf(root);
  if (!range) return descendants(root).filter(isLink);
  const links: Element[] = [];
  for (let at = range[0]; at < range[1]; at++) if (isLinkAt(at)) links.push(current!.list[at]!);
  return links;
}

/**
 * An element's attributes by qualified name (the first of a name where two share it), to be
 * asked by lower-case names, as attributeOf is: a name with upper-case letters (only a script's
 * setAttributeNS makes one on an HTML element) holds what getAttribute gives for it.
 */
export type Attributes = Readonly<Record<string, string | undefined>>;

const NO_ATTRIBUTES: Attributes = Object.freeze(Object.create(null) as Attributes);

function readAttributes(element: Element): Attributes {
  if (!element.hasAttributes()) return NO_ATTRIBUTES;
  // No prototype: a page's attribute may be called "constructor" or "__proto__".
  const attributes = Object.create(null) as Record<string, string>;
  for (const name of element.getAttributeNames()) {
    if (!(name in attributes)) attributes[name] = element.getAttribute(name) ?? '';
  }
  return attributes;
}

/**
 * `element.getAttribute(name)` for a `name` in lower case. The reading core's passes ask the
 * same few attributes of most elements (role, class, id, hidden, aria-*, href, style), each
 * question a trip through jsdom's wrappers: inside a read, all of an element's attributes are
 * read at the first question and the rest are answered from them. (getAttribute lower-cases the
 * name it is given, never the names it compares with, so a lookup by the lower-case name agrees
 * with it on any element.)
 */
export function attributeOf(element: Element, name: string): string | null {
  const index = placeOf(element);
  return index < 0 ? element.getAttribute(name) : (attributesAt(index)[name] ?? null);
}

/** All of `element`'s attributes by name, read once per read (see attributeOf). */
export function attributesOf(element: Element): Attributes {
  const index = placeOf(element);
  return index < 0 ? readAttributes(element) : attributesAt(index);
}

/** The attributes of the element at `at` in the read's index, read on the first question. */
function attributesAt(at: number): Attributes {
  const { attributes, list } = current!;
  return (attributes[at] ??= readAttributes(list[at]!));
}

/**
 * `element.localName`, from the read's index when `element` is in it: in jsdom the property is a
 * wrapper's getter that first checks what the object is, and the passes ask it of most elements
 * of the page, several times over.
 */
export function nameOf(element: Element): string {
  const index = placeOf(element);
  return index < 0 ? element.localName : current!.names[index]!;
}

/** `element.getAttribute('role')`, asked of most elements several times over (see attributeOf). */
export function roleOf(element: Element): string | null {
  return attributeOf(element, 'role');
}

const HEADING_TAG = /^h[1-6]$/;

/** Whether `element` matches `h1, h2, h3, h4, h5, h6, [role="heading"]`. */
export function isAnyHeading(element: Element): boolean {
  return HEADING_TAG.test(element.localName) || roleOf(element) === 'heading';
}

/** `element.closest('h1, …, h6, [role="heading"]')`. */
export function closestHeading(element: Element): Element | null {
  const index = placeOf(element);
  if (index >= 0) {
    const { list, parent, names } = current!;
    for (let at = index; at >= 0; at = parent[at]!) {
      if (HEADING_TAG.test(names[at]!) || roleOf(list[at]!) === 'heading') return list[at]!;
    }
    return null;
  }
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (isAnyHeading(node)) return node;
  }
  return null;
}

/** `root.querySelector('a, b, …')` for plain tag names, stopping at the first found. */
export function firstNamed(root: Element | Document, names: ReadonlySet<string>): Element | null {
  const range = rangeOf(root);
  if (range) {
    const { list, names: tags } = current!;
    for (let at = range[0]; at < range[1]; at++) if (names.has(tags[at]!)) return list[at]!;
    return null;
  }
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
 * One index of a page's elements for a whole read. readPage only reads the page, and half a dozen
 * steps (metadata, headline, related blocks, clutter, removals) each walked all of it: inside
 * `withElementList`, the walks of this file answer from one index taken at the start.
 */
const indexes = new WeakMap<Document, ElementIndex>();

/** Reads begun so far (withElementList calls that indexed a page). */
let reads = 0;

/**
 * Run `work` with `doc`'s elements indexed once; `doc` must not change meanwhile. `listed` is
 * `listElements(doc)` when the caller has it already.
 */
export function withElementList<T>(doc: Document, work: () => T, listed?: ElementListing): T {
  if (indexes.has(doc)) return work();
  reads++;
  const index = indexOf(doc, listed ?? listElements(doc));
  const outer = current;
  indexes.set(doc, index);
  current = index;
  try {
    return work();
  } finally {
    indexes.delete(doc);
    current = outer;
  }
}

/**
 * A number that changes when a read begins: what is kept "for the read" (link-memo.ts) is
 * dropped when it does, so one read's answers never carry over to the next.
 */
export function readNumber(): number {
  return reads;
}

/**
 * A token for the read of `doc` in progress (inside `withElementList`), or null outside one:
 * answers about the page may be kept under it for the read, as the page cannot change meanwhile.
 */
export function currentRead(doc: Document): object | null {
  return indexes.get(doc) ?? null;
}

/**
 * The read's index of `doc` (elements in document order, each one's subtree end and local name),
 * or null outside a read of it.
 */
export function indexedTree(
  doc: Document,
): { list: readonly Element[]; end: Int32Array; names: readonly string[] } | null {
  return current?.doc === doc ? current : null;
}

/**
 * `descendants(root)` without the descendants of `inside` (itself still listed): for a climb
 * that has looked at the subtree below already.
 */
export function descendantsBeside(root: Element | Document, inside: Element | null): Element[] {
  return besideFromIndex(root, inside) ?? walkElements(root, inside, null);
}

/** descendantsBeside from the read's index, or null when `root` is not in it. */
function besideFromIndex(root: Element | Document, inside: Element | null): Element[] | null {
  const range = rangeOf(root);
  if (!range) return null;
  const [from, to] = range;
  const { list, end } = current!;
  const skip = inside ? placeOf(inside) : -1;
  if (skip < from || skip >= to) return list.slice(from, to);
  // `inside` itself is listed; its descendants are not.
  return list.slice(from, skip + 1).concat(list.slice(end[skip]!, to));
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
