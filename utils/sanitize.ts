import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { isHttpUrl } from './http-url';
import { childElements, closestNamed, descendantsNamed } from './extract/dom-walk';

export { isHttpUrl };

/**
 * The one DOMPurify configuration for article HTML (security.md, rule 2). Everything the core
 * returns as HTML, and everything the reader inserts, passes through `sanitizeArticleHtml`. It is
 * applied again right before insertion, including for articles loaded back from storage, because
 * what was safe under an older sanitizer may not be safe under this one.
 */

/** Tags that never survive, on top of DOMPurify's own list (which already drops script & co). */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'dialog',
  'template',
  'slot',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'fencedframe',
  'meta',
  'base',
  'link',
  'noscript',
];

const FORBID_ATTR = [
  'style',
  'srcdoc',
  'referrerpolicy',
  'ping',
  'download',
  'action',
  'formaction',
  'background',
  'popover',
  'popovertarget',
  'popovertargetaction',
  'usemap',
  'autoplay',
  'autofocus',
  'contenteditable',
  'xmlns',
  'is',
];

/** Attributes that hold a URL. Only http(s) survives in them (plus data:image/* on <img src>). */
const URL_ATTRIBUTES = new Set([
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
]);

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  SANITIZE_NAMED_PROPS: true,
  // Keep the text of forbidden wrappers (e.g. a <form> around a paragraph) but not of these.
  FORBID_CONTENTS: [
    'script',
    'style',
    'template',
    'noscript',
    'iframe',
    'object',
    'embed',
    'select',
    'textarea',
    'button',
    'dialog',
    'title',
    'xmp',
    'noembed',
    'noframes',
    'plaintext',
  ],
  RETURN_TRUSTED_TYPE: false,
};

const RETURN_DOM_CONFIG: Config & { RETURN_DOM: true } = { ...CONFIG, RETURN_DOM: true };

/** Tags that embed another document or plug-in; they become a plain link (security.md, rule 3). */
const EMBED_TAGS = ['iframe', 'embed', 'object', 'frame', 'portal', 'fencedframe'];

export interface SanitizeOptions {
  /** Text of the link that replaces an embedded player; `{host}` is replaced by its host name. */
  embedLabel?: string;
}

const DEFAULT_EMBED_LABEL = 'Open embedded content on {host}';

function isAllowedUrl(tag: string, attribute: string, value: string): boolean {
  if (isHttpUrl(value)) return true;
  return (
    tag === 'img' && attribute === 'src' && /^data:image\/[a-z0-9.+-]+[;,]/i.test(value.trim())
  );
}

/** A srcset survives only when every candidate's URL is http(s). */
function isAllowedSrcset(value: string): boolean {
  const candidates = value
    .split(/,(?=\s*\S)/)
    .map((candidate) => candidate.trim())
    .filter(Boolean);
  return candidates.length > 0 && candidates.every((c) => isHttpUrl(c.split(/\s+/)[0] ?? ''));
}

function setAttributes(element: Element, values: Record<string, string | null>): void {
  for (const name of Object.keys(values)) element.removeAttribute(name);
  for (const [name, value] of Object.entries(values)) {
    if (value !== null) element.setAttribute(name, value);
  }
}

/** A window with a DOM implementation: the page's own, or jsdom's in Node. */
export type DomWindow = Window & typeof globalThis;

/*
 * One DOMPurify instance per window, with Lector's hooks. The configuration goes with every call
 * and is never set on the instance (security.md, rule 2: no setConfig): a configuration set once
 * makes DOMPurify ignore the one a call hands it, so a call could not tell what it was sanitized
 * with. DOMPurify parses the configuration again on each call; that costs a little time.
 */
const instances = new WeakMap<object, DOMPurify>();

function purifierFor(win: DomWindow): DOMPurify {
  let purify = instances.get(win);
  if (!purify) instances.set(win, (purify = newPurifier(win)));
  return purify;
}

/** `dirty` sanitized as markup. */
function sanitizedHtml(win: DomWindow, dirty: Node | string): string {
  return purifierFor(win).sanitize(dirty, CONFIG) as unknown as string;
}

/** `dirty` sanitized, as the <body> DOMPurify built the result in. */
function sanitizedBody(win: DomWindow, dirty: Node): Element {
  return purifierFor(win).sanitize(dirty, RETURN_DOM_CONFIG);
}

function newPurifier(win: DomWindow): DOMPurify {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);

  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeType !== 1) return;
    const element = node as Element;
    const tag = element.localName;
    // The names the element holds, looked up in the list (most elements hold none of them),
    // rather than every name of the list asked of each element.
    for (const name of element.getAttributeNames()) {
      if (name === 'srcset') {
        const srcset = element.getAttribute(name);
        if (srcset !== null && !isAllowedSrcset(srcset)) element.removeAttribute(name);
        continue;
      }
      if (!URL_ATTRIBUTES.has(name)) continue;
      const value = element.getAttribute(name);
      if (value !== null && !isAllowedUrl(tag, name, value)) element.removeAttribute(name);
    }
    // Attributes Lector sets are removed first and set in a fixed order, so that sanitizing
    // the output again gives the very same string.
    if (tag === 'a' || tag === 'area') {
      const hasLink = element.hasAttribute('href');
      setAttributes(
        element,
        hasLink ? { target: '_blank', rel: 'noopener noreferrer' } : { target: null, rel: null },
      );
    }
    if (tag === 'video' || tag === 'audio') setAttributes(element, { controls: '' });
    if (tag === 'img') setAttributes(element, { loading: 'lazy', decoding: 'async' });
  });
  return purify;
}

/** The host of a URL, or null when it does not parse (`https://a.test:99999/` passes a prefix check). */
function hostOf(url: string): string | null {
  try {
    return new URL(url).host || null;
  } catch {
    return null;
  }
}

const LINK = new Set(['a']);

/** Where a paragraph may stand; anywhere else the replacement link stands alone. */
const FLOW_CONTAINERS = new Set([
  'body', 'div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'figure',
  'li', 'dd', 'td', 'th', 'blockquote', 'details', 'dialog', 'fieldset', 'form', 'center',
]); // prettier-ignore

/**
 * Replace embedded documents and plug-ins with a plain link to what they showed. Runs on an inert
 * document from DOMParser: nothing loads or executes there. The link never lands inside another
 * link, nor a paragraph inside a paragraph: markup the parser would rebuild differently on the
 * next parse, so the output would not survive sanitizing again unchanged.
 */
function replaceEmbeds(root: Element, label: string): void {
  const doc = root.ownerDocument;
  // A walk rather than querySelectorAll: the same elements in order, far cheaper in jsdom.
  for (const embed of descendantsNamed(root, ...EMBED_TAGS)) {
    const source =
      embed.getAttribute('src') ?? embed.getAttribute('data') ?? embed.getAttribute('data-src');
    const host = source && isHttpUrl(source) ? hostOf(source.trim()) : null;
    if (!source || !host || closestNamed(embed, LINK) !== null) {
      embed.remove();
      continue;
    }
    const link = doc.createElement('a');
    link.setAttribute('href', source.trim());
    link.textContent = label.replace('{host}', host);
    const inFlow = FLOW_CONTAINERS.has(embed.parentElement?.localName ?? 'body');
    const paragraph = inFlow ? doc.createElement('p') : null;
    paragraph?.append(link);
    embed.replaceWith(paragraph ?? link);
  }
}

/** `html` parsed into an inert document's body (DOMParser), its embeds already replaced. */
function inertBody(html: string, win: DomWindow, options: SanitizeOptions): HTMLElement {
  const doc = new win.DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html');
  replaceEmbeds(doc.body, options.embedLabel ?? DEFAULT_EMBED_LABEL);
  return doc.body;
}

/**
 * Sanitize article HTML for insertion into an extension page. Returns an HTML string.
 * `win` is the window whose DOM implementation parses the input (a jsdom window in Node).
 */
export function sanitizeArticleHtml(
  html: string,
  win: DomWindow,
  options: SanitizeOptions = {},
): string {
  const body = inertBody(html, win, options);
  // A node (not a string) is imported into DOMPurify's own document; the input stays untouched.
  try {
    return sanitizedHtml(win, body);
  } catch (error) {
    // DOMPurify's namespace check can remove the very root it was handed (a body holding only
    // text with "<" and a comment) and then throws; the same markup as a string is parsed into
    // a root of DOMPurify's own, which it never removes.
    if (!(error instanceof Error)) throw error;
    return sanitizedHtml(win, body.innerHTML);
  }
}

/**
 * Sanitize many fragments in one pass: each is wrapped in a <section>, the whole is parsed and
 * sanitized once (same configuration and hooks as sanitizeArticleHtml), and each section's
 * sanitized HTML is read off the result. The reading core gives its article and every removed
 * block at once: each separate call parses a document and walks it again, which was a tenth of
 * the core's time. When the result does not split back into the sections it was given, each
 * fragment is sanitized alone. Empty fragments stay empty.
 */
export function sanitizeArticleFragments(
  fragments: readonly string[],
  win: DomWindow,
  options: SanitizeOptions = {},
): string[] {
  const one = (html: string): string => (html ? sanitizeArticleHtml(html, win, options) : '');
  const present = fragments.filter((html) => html !== '');
  if (present.length <= 1) return fragments.map(one);
  const wrapped = present.map((html) => `<section>${html}</section>`).join('');
  let sections: Element[] = [];
  try {
    const body = sanitizedBody(win, inertBody(wrapped, win, options));
    sections = childElements(body);
  } catch {
    // DOMPurify refused the root (see sanitizeArticleHtml): the one-by-one way below.
  }
  if (sections.length !== present.length || sections.some((s) => s.localName !== 'section')) {
    return fragments.map(one);
  }
  let next = 0;
  return fragments.map((html) => (html ? sections[next++]!.innerHTML : ''));
}

/**
 * Sanitize what each container holds (its children), in one pass and without a round trip
 * through markup: the reading core's article and removed blocks are elements of its own working
 * documents (inert: made by createHTMLDocument, never shown), so serializing them only for
 * DOMParser to build the same tree again cost a tenth of the core's time. The containers are
 * moved under one <body> there (they are the caller's to give away), embeds replaced, and
 * DOMPurify gets the body as a node: it imports a copy into its own document and sanitizes that
 * with the same configuration and hooks as every other path. What comes out is serialized; the
 * reader sanitizes it again from that string before inserting it (rule 2), so a tree that
 * serializes into different markup is still checked as the markup it became. Falls back to
 * `sanitizeArticleFragments` on the containers' markup when DOMPurify refuses the tree or the
 * result does not split back into the containers. A null container gives ''.
 */
export function sanitizeArticleContainers(
  containers: readonly (Element | null)[],
  win: DomWindow,
  options: SanitizeOptions = {},
): string[] {
  const present = containers.filter((container): container is Element => container !== null);
  const markup = (): string[] => containers.map((container) => container?.innerHTML ?? '');
  const first = present[0];
  if (!first || !(first instanceof win.Element)) {
    return sanitizeArticleFragments(markup(), win, options);
  }
  const doc = first.ownerDocument;
  const body = doc.createElement('body');
  body.append(...present);
  replaceEmbeds(body, options.embedLabel ?? DEFAULT_EMBED_LABEL);
  let parts: Element[] = [];
  try {
    parts = childElements(sanitizedBody(win, body));
  } catch {
    // DOMPurify refused the root (see sanitizeArticleHtml): the markup way below.
  }
  if (
    parts.length !== present.length ||
    parts.some((p, i) => p.localName !== present[i]!.localName)
  ) {
    return sanitizeArticleFragments(markup(), win, options);
  }
  let next = 0;
  return containers.map((container) => (container ? parts[next++]!.innerHTML : ''));
}
