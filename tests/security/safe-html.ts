/**
 * The oracle for sanitized article HTML (security.md rule 2), as a list of what is wrong with it.
 * It looks at the tree a browser builds from the HTML (the reader inserts it with innerHTML), not
 * at the string, so an encoding trick cannot hide a tag or a scheme from it. Used by the property
 * tests (utils/sanitize.property.test.ts), the XSS gate (tests/e2e/xss.e2e.ts, on the reader's
 * own DOM) and `npm run audit:security`.
 */

/** Elements that never appear in a sanitized article. */
export const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'style',
  'meta',
  'base',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'slot',
  'dialog',
]);

/** Attributes that never appear, besides every `on*` handler. */
export const FORBIDDEN_ATTRIBUTES = new Set([
  'style',
  'srcdoc',
  'referrerpolicy',
  'ping',
  'action',
  'formaction',
  'background',
  'popover',
  'popovertarget',
  'is',
]);

/** Attributes that hold one URL: only http(s) there (and data:image/* on <img src>). */
export const URL_ATTRIBUTES = [
  'href',
  'src',
  'poster',
  'cite',
  'longdesc',
  'lowsrc',
  'dynsrc',
  'xlink:href',
  'data',
  'codebase',
  'manifest',
  'itemid',
  'archive',
  'classid',
  'icon',
  'profile',
];

/** What a browser makes of a URL attribute: whitespace and control characters stripped. */
function schemeOf(value: string): string | null {
  // eslint-disable-next-line no-control-regex -- browsers drop these before reading the scheme
  const cleaned = value.replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1]!.toLowerCase() : null;
}

function isAllowedUrl(element: Element, attribute: string, value: string): boolean {
  const scheme = schemeOf(value);
  // eslint-disable-next-line no-control-regex -- a URL with control characters is refused
  if (/[\u0000-\u001f\u007f]/.test(value)) return false;
  if (scheme === 'http' || scheme === 'https') return /^\s*https?:\/\//i.test(value);
  return (
    element.localName === 'img' &&
    attribute === 'src' &&
    /^\s*data:image\/[a-z0-9.+-]+[;,]/i.test(value)
  );
}

function srcsetUrls(value: string): string[] {
  return value
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

function describe(element: Element): string {
  return `<${element.localName}${element.namespaceURI === 'http://www.w3.org/1999/xhtml' ? '' : ` ns=${element.namespaceURI}`}>`;
}

/** Every problem in one element (its tag, namespace and attributes). */
export function elementProblems(element: Element): string[] {
  const problems: string[] = [];
  const name = element.localName.toLowerCase();
  if (element.namespaceURI !== 'http://www.w3.org/1999/xhtml')
    problems.push(`${describe(element)}: not an HTML element`);
  if (FORBIDDEN_ELEMENTS.has(name)) problems.push(`${describe(element)}: forbidden element`);
  for (const attribute of Array.from(element.attributes)) {
    const attr = attribute.name.toLowerCase();
    if (attr.startsWith('on')) problems.push(`${describe(element)}: handler ${attr}`);
    // DOMPurify cannot remove `is` from an element it has parsed, so it empties it instead; an
    // empty `is` names no custom element.
    if (FORBIDDEN_ATTRIBUTES.has(attr) && !(attr === 'is' && attribute.value === ''))
      problems.push(`${describe(element)}: attribute ${attr}`);
    if (attr.startsWith('data-')) problems.push(`${describe(element)}: attribute ${attr}`);
    if (URL_ATTRIBUTES.includes(attr) && !isAllowedUrl(element, attr, attribute.value))
      problems.push(`${describe(element)}: ${attr}=${JSON.stringify(attribute.value)}`);
    if (attr === 'srcset' || attr === 'imagesrcset') {
      for (const url of srcsetUrls(attribute.value))
        if (!/^https?:\/\//i.test(url))
          problems.push(`${describe(element)}: ${attr} has ${JSON.stringify(url)}`);
    }
  }
  if ((name === 'a' || name === 'area') && element.hasAttribute('href')) {
    const rel = (element.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('noopener') || !rel.includes('noreferrer'))
      problems.push(`${describe(element)}: link without rel="noopener noreferrer"`);
  }
  return problems;
}

/** Every problem in a parsed tree: each element below `root` (template contents included). */
export function treeProblems(root: ParentNode): string[] {
  const problems: string[] = [];
  for (const element of Array.from(root.querySelectorAll('*'))) {
    problems.push(...elementProblems(element));
    if (element.localName === 'template')
      problems.push(...treeProblems((element as HTMLTemplateElement).content));
  }
  return problems;
}

/**
 * Problems in sanitized HTML, parsed as the reader parses it (innerHTML of a <div> in an HTML
 * document), and again after one more serialize-and-parse round, where mutation XSS shows.
 */
export function htmlProblems(html: string, doc: Document): string[] {
  const once = doc.createElement('div');
  once.innerHTML = html;
  const twice = doc.createElement('div');
  twice.innerHTML = once.innerHTML;
  const problems = treeProblems(once);
  for (const problem of treeProblems(twice))
    if (!problems.includes(problem)) problems.push(`after a second parse: ${problem}`);
  return problems;
}

/** A tree as canonical text: the same for two trees that differ only in attribute order. */
export function canonicalTree(html: string, doc: Document): string {
  const root = doc.createElement('div');
  root.innerHTML = html;
  const walk = (node: Node): string => {
    if (node.nodeType === 3) return JSON.stringify(node.nodeValue);
    if (node.nodeType === 8) return `<!--${node.nodeValue}-->`;
    if (node.nodeType !== 1) return '';
    const element = node as Element;
    const attributes = Array.from(element.attributes)
      .map((attribute) => `${attribute.name}=${JSON.stringify(attribute.value)}`)
      .sort();
    return `<${element.localName} ${attributes.join(' ')}>${Array.from(element.childNodes).map(walk).join('')}</>`;
  };
  return Array.from(root.childNodes).map(walk).join('');
}

const SCRIPT_URL = /^\s*(javascript|vbscript|data:(?!image\/))/i;

/**
 * Problems anywhere in a whole Lector page (reader, library, side panel), beyond its article body:
 * no handler attribute, no embedded document, no script but Lector's own files, no refresh or
 * base, no script URL in any URL attribute. Lector's own UI markup (its SVG icons, its inline
 * styles, its forms) is allowed; article HTML is checked with the stricter `treeProblems`.
 */
export function documentProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const element of Array.from(doc.querySelectorAll('*'))) {
    const name = element.localName;
    if (['iframe', 'frame', 'object', 'embed', 'base', 'portal', 'fencedframe'].includes(name))
      problems.push(`${describe(element)}: embedded document or base`);
    if (name === 'meta' && element.hasAttribute('http-equiv'))
      problems.push(`${describe(element)}: http-equiv`);
    if (name === 'script') {
      const src = element.getAttribute('src') ?? '';
      if (!/^(\/|chrome-extension:\/\/)/.test(src))
        problems.push(`${describe(element)}: src=${src}`);
    }
    for (const attribute of Array.from(element.attributes)) {
      const attr = attribute.name.toLowerCase();
      if (attr.startsWith('on')) problems.push(`${describe(element)}: handler ${attr}`);
      if (attr === 'srcdoc') problems.push(`${describe(element)}: srcdoc`);
      if (
        [...URL_ATTRIBUTES, 'action', 'formaction', 'srcset', 'background'].includes(attr) &&
        SCRIPT_URL.test(attribute.value.replace(/[\u0000-\u001f]/g, '')) // eslint-disable-line no-control-regex -- browsers drop them
      )
        problems.push(`${describe(element)}: ${attr}=${JSON.stringify(attribute.value)}`);
    }
  }
  return problems;
}

/** Every id and name in article HTML carries the sanitizer's prefix (DOM clobbering). */
export function clobberingProblems(root: ParentNode): string[] {
  return Array.from(root.querySelectorAll('[id], [name]')).flatMap((element) =>
    ['id', 'name']
      .map((attr) => element.getAttribute(attr))
      .filter((value): value is string => value !== null && !value.startsWith('user-content-'))
      .map((value) => `${describe(element)}: unprefixed id/name ${JSON.stringify(value)}`),
  );
}
