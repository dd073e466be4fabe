import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  attributeOf,
  attributesOf,
  childElements,
  closestLink,
  closestNamed,
  closestHeading,
  countDescendants,
  descendants,
  descendantsBeside,
  firstNamed,
  hasOwnText,
  isAnyHeading,
  isInsideAny,
  lineOf,
  linksUnder,
  nameOf,
  roleOf,
  textOf,
  withElementList,
} from './dom-walk';
import { boundedTextLength } from './declutter-block';
import { loadFixturePages } from '../../tests/fixture-pages';

/**
 * A random element tree as HTML: a few tag names, some links with and without href, text
 * before and after each child (none, blank, words, spaces around words, a no-break space).
 */
interface Node {
  tag: string;
  href: boolean;
  heading: boolean;
  texts: string[];
  children: Node[];
}
const TEXTS = ['', ' ', 'ab cd', '  xyz  ', '\u00a0', 'a\n\n b'];
const TAGS = ['div', 'p', 'a', 'span', 'ul', 'li', 'section', 'h2'];
const tree: fc.Memo<Node> = fc.memo((depth) =>
  fc.record({
    tag: fc.constantFrom(...TAGS),
    href: fc.boolean(),
    heading: fc.boolean(),
    texts: fc.array(fc.constantFrom(...TEXTS), { minLength: 5, maxLength: 5 }),
    children: depth > 1 ? fc.array(tree(depth - 1), { maxLength: 4 }) : fc.constant([]),
  }),
);
function html(node: Node): string {
  const attributes =
    (node.tag === 'a' && node.href ? ' href="/x"' : '') + (node.heading ? ' role="heading"' : '');
  const inner = node.children.map((child, index) => node.texts[index % 5] + html(child));
  return `<${node.tag}${attributes}>${inner.join('')}${node.texts[4]}</${node.tag}>`;
}

/** Every walk's answer for every element of `doc` (compared by position in the document). */
function answers(doc: Document): unknown[] {
  const all = descendants(doc);
  const at = (element: Element | null) => (element ? all.indexOf(element) : -1);
  const ats = (elements: Element[]) => elements.map(at);
  const names = new Set(['p', 'li']);
  const blocks = new Set(all.filter((_, index) => index % 5 === 3));
  return [
    ats(descendants(doc)),
    ats(linksUnder(doc)),
    at(firstNamed(doc, names)),
    countDescendants(doc, 7),
    ...all.map((element, index) => [
      ats(descendants(element)),
      ats(descendantsBeside(element, all[index + 2] ?? null)),
      ats(descendantsBeside(element, all[index + 1] ?? null)),
      ats(childElements(element)),
      at(closestNamed(element, names)),
      at(closestLink(element)),
      ats(linksUnder(element)),
      at(firstNamed(element, names)),
      countDescendants(element),
      countDescendants(element, 2),
      isInsideAny(element, blocks),
      roleOf(element),
      nameOf(element),
      ['href', 'role', 'class', 'id', 'hidden'].map((name) => attributeOf(element, name)),
      isAnyHeading(element),
      at(closestHeading(element)),
      hasOwnText(element),
      textOf(element),
      // Twice: the second from what the read kept.
      [lineOf(element), lineOf(element)],
      [0, 1, 3, 6, 12, Infinity].map((limit) => boundedTextLength(element, limit)),
    ]),
  ];
}

describe('the walks inside a read (withElementList) answer as the DOM does', () => {
  it('gives the same elements, in the same order, for every walk of every element', () => {
    fc.assert(
      fc.property(fc.array(tree(5), { minLength: 1, maxLength: 4 }), (nodes) => {
        const doc = new DOMParser().parseFromString(
          `<!doctype html><body>${nodes.map(html).join('')}</body>`,
          'text/html',
        );
        const outside = answers(doc);
        const inside = withElementList(doc, () => answers(doc));
        expect(inside).toEqual(outside);
      }),
      { numRuns: 60 },
    );
  });

  it('walks other documents, and the page again after the read, as before', () => {
    const page = new DOMParser().parseFromString('<body><div><p>a</p></div></body>', 'text/html');
    const other = new DOMParser().parseFromString('<body><ul><li>b</li></ul></body>', 'text/html');
    const list = other.querySelector('ul')!;
    withElementList(page, () => {
      expect(childElements(list).map((element) => element.localName)).toEqual(['li']);
      expect(descendants(other).length).toBe(5);
    });
    page.querySelector('div')!.append(page.createElement('span'));
    expect(childElements(page.querySelector('div')!).map((element) => element.localName)).toEqual([
      'p',
      'span',
    ]);
  });

  it('reads a CDATA section as textContent does, and as no visible text, as before', () => {
    const doc = new DOMParser().parseFromString(
      '<body><p>a <svg><text>z</text></svg></p></body>',
      'text/html',
    );
    // Browsers' HTML parser makes one of <svg><![CDATA[…]]>; jsdom's makes a text node.
    const xml = new DOMParser().parseFromString('<x><![CDATA[x y]]></x>', 'application/xml');
    const section = doc.adoptNode(xml.documentElement.firstChild!);
    expect(section.nodeType).toBe(4);
    doc.querySelector('svg')!.prepend(section);
    const paragraph = doc.querySelector('p')!;
    const readings = () => [
      textOf(paragraph),
      boundedTextLength(paragraph, 9),
      hasOwnText(paragraph),
    ];
    expect(readings()).toEqual(['a x yz', 2, true]);
    expect(withElementList(doc, readings)).toEqual(readings());
  });

  it('reads attributes inside a read as getAttribute does, on any page and any name', () => {
    const doc = new DOMParser().parseFromString(
      `<body><div class="a b" id="x" hidden role="note" data-x="" constructor="c"
        __proto__="p" toString="t"><svg viewBox="0 0 1 1"><a xlink:href="#s"></a></svg>
        <p ARIA-HIDDEN="true">q</p></div></body>`,
      'text/html',
    );
    const div = doc.querySelector('div')!;
    // Names a script may give: upper case, or one qualified name in two namespaces.
    div.setAttributeNS(null, 'Title', 'upper');
    div.setAttributeNS('urn:one', 'x:dup', 'first');
    div.setAttributeNS('urn:two', 'x:dup', 'second');
    const names = [
      'class', 'id', 'hidden', 'role', 'data-x', 'constructor', '__proto__', 'tostring',
      'title', 'x:dup', 'viewbox', 'xlink:href', 'aria-hidden', 'href', 'missing', 'valueof',
    ]; // prettier-ignore
    const pages = [
      doc,
      ...loadFixturePages().map((page) => new DOMParser().parseFromString(page.html, 'text/html')),
    ];
    for (const page of pages) {
      const elements = descendants(page);
      const asked = (element: Element) => [
        ...names,
        ...element.getAttributeNames().map((name) => name.toLowerCase()),
      ];
      const outside = elements.map((element) =>
        asked(element).map((name) => element.getAttribute(name)),
      );
      const inside = withElementList(page, () =>
        elements.map((element) => asked(element).map((name) => attributeOf(element, name))),
      );
      expect(inside).toEqual(outside);
    }
    withElementList(doc, () => {
      expect(attributeOf(div, 'x:dup')).toBe('first');
      expect(attributeOf(div, 'constructor')).toBe('c');
      expect(attributeOf(div, 'valueof')).toBeNull();
      expect(attributesOf(div).hidden).toBe('');
      expect(attributesOf(doc.querySelector('p')!)['aria-hidden']).toBe('true');
    });
  });
});
