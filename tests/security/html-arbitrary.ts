import fc from 'fast-check';

/**
 * fast-check arbitraries for hostile article HTML: well-formed trees that mix safe article markup
 * with every dangerous construct the sanitizer must remove (security.md rule 2), and tag soup
 * (unbalanced fragments of raw-text elements, foreign content and comments) where mutation XSS
 * lives. Written for the property tests and `npm run audit:security`.
 */

const SAFE_TAGS = [
  'p',
  'div',
  'span',
  'a',
  'img',
  'em',
  'strong',
  'ul',
  'ol',
  'li',
  'table',
  'tbody',
  'tr',
  'td',
  'th',
  'caption',
  'figure',
  'figcaption',
  'blockquote',
  'pre',
  'code',
  'h1',
  'h2',
  'section',
  'article',
  'aside',
  'details',
  'summary',
  'picture',
  'source',
  'video',
  'audio',
  'track',
  'br',
  'hr',
  'sup',
  'map',
  'area',
  'label',
  'font',
  'time',
  'dl',
  'dt',
  'dd',
  'abbr',
  'q',
  'del',
  'ins',
];

const DANGEROUS_TAGS = [
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'param',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'keygen',
  'style',
  'meta',
  'base',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'listing',
  'title',
  'slot',
  'dialog',
  'portal',
  'marquee',
  'image',
  'isindex',
  'x-widget',
  // Foreign content: SVG and MathML elements, also where they are not expected.
  'foreignObject',
  'desc',
  'use',
  'animate',
  'set',
  'feImage',
  'mi',
  'mo',
  'mtext',
  'mglyph',
  'malignmark',
  'annotation-xml',
];

const ATTRIBUTES = [
  'id',
  'name',
  'class',
  'title',
  'alt',
  'href',
  'src',
  'srcset',
  'poster',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'cite',
  'background',
  'longdesc',
  'codebase',
  'style',
  'srcdoc',
  'referrerpolicy',
  'ping',
  'download',
  'target',
  'rel',
  'onerror',
  'onload',
  'onclick',
  'onfocus',
  'onbegin',
  'ontoggle',
  'onanimationstart',
  'ONERROR',
  'oNmOuSeOvEr',
  'is',
  'xmlns',
  'xmlns:xlink',
  'data-src',
  'data-x',
  'aria-label',
  'type',
  'http-equiv',
  'content',
  'attributeName',
  'values',
  'to',
  'encoding',
  'autofocus',
  'popover',
  'popovertarget',
  'contenteditable',
  'open',
  'usemap',
  'form',
  'sandbox',
];

/** URL scheme spellings, including the ones Readability's own check misses. */
const SCHEMES = [
  'javascript:',
  'JAVASCRIPT:',
  'JaVaScRiPt:',
  'java\tscript:',
  'java&#9;script:',
  'java&#x09;script:',
  'jav&#x0A;ascript:',
  '&#106;avascript:',
  '&#x6A;&#x61;vascript:',
  '\u0001javascript:',
  ' \n javascript:',
  'javascript&colon;',
  'javascript&#58;',
  'vbscript:',
  'livescript:',
  'data:text/html,',
  'data:text/html;base64,',
  'data:image/svg+xml,',
  'data:image/png;base64,',
  'DATA:image/gif;base64,',
  'data:application/xhtml+xml,',
  'blob:',
  'filesystem:',
  'about:',
  'chrome-extension://',
  'file://',
  'ftp://',
  'mailto:',
  '//',
  '/',
  '#',
  '?',
  'http://',
  'https://',
  'HTTPS://',
  'https:\\\\',
  'http:',
];

const PAYLOADS = [
  'alert(1)',
  '__lectorCanary(1)',
  '<script>alert(1)</script>',
  'a.test/x.png',
  'PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
  'x" onerror="alert(1)',
  "x' onerror='alert(1)",
  'x onerror=alert(1)',
  'example.test/ 2x, javascript:alert(1) 1x',
];

export const urlArbitrary = fc
  .tuple(fc.constantFrom(...SCHEMES), fc.constantFrom(...PAYLOADS))
  .map(([scheme, payload]) => scheme + payload);

const TEXTS = [
  'Text',
  '<',
  '>',
  '&lt;img src=x onerror=alert(1)&gt;',
  '</style><img src=x onerror=alert(1)>',
  '</noscript><img src=x onerror=alert(1)>',
  '</title><img src=x onerror=alert(1)>',
  '</textarea><script>alert(1)</script>',
  '--><img src=x onerror=alert(1)>',
  ']]><img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '${alert(1)}',
  '\u202eevil',
  '\u0000',
];

const textArbitrary = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.string({ maxLength: 12, unit: 'grapheme-ascii' }),
);

const valueArbitrary = fc.oneof(urlArbitrary, fc.constantFrom(...PAYLOADS), textArbitrary);

/** Attribute values escaped for double quotes, or written unquoted / single-quoted. */
function attribute(name: string, value: string, quote: number): string {
  if (quote === 0) return ` ${name}="${value.replace(/"/g, '&quot;')}"`;
  if (quote === 1) return ` ${name}='${value.replace(/'/g, '&#39;')}'`;
  if (quote === 2) return ` ${name}=${value.replace(/[\s>"'`=<]/g, '')}`;
  return ` ${name}`;
}

const attributeArbitrary = (names: readonly string[]) =>
  fc
    .tuple(fc.constantFrom(...names), valueArbitrary, fc.nat(3))
    .map(([name, value, quote]) => attribute(name, value, quote));

const tagArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...SAFE_TAGS) },
  { weight: 2, arbitrary: fc.constantFrom(...DANGEROUS_TAGS) },
);

/** Random case on a tag name: the HTML parser does not care, a naive filter might. */
const caseArbitrary = (name: string) =>
  fc
    .array(fc.boolean(), { minLength: name.length, maxLength: name.length })
    .map((upper) =>
      Array.from(name, (char, index) => (upper[index] ? char.toUpperCase() : char)).join(''),
    );

type Tree = string;

/** A well-formed tree of hostile markup using these attribute names, as HTML. */
const treeOf = (attributes: readonly string[]): fc.Arbitrary<Tree> =>
  fc.letrec<{ node: Tree; element: Tree }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textArbitrary,
      tie('element'),
      tie('element'),
    ),
    element: fc
      .tuple(
        tagArbitrary.chain(caseArbitrary),
        fc.array(attributeArbitrary(attributes), { maxLength: 4 }),
        fc.array(tie('node'), { maxLength: 4 }),
      )
      .map(([tag, pairs, children]) => `<${tag}${pairs.join('')}>${children.join('')}</${tag}>`),
  })).node;

/** A well-formed tree of hostile markup, as HTML. */
export const htmlTreeArbitrary = treeOf(ATTRIBUTES);

/**
 * The same without the `is` attribute, which DOMPurify empties instead of removing (the empty
 * attribute then moves to the end of the list on every pass: safe, but not byte-for-byte stable).
 */
export const htmlTreeWithoutIsArbitrary = treeOf(ATTRIBUTES.filter((name) => name !== 'is'));

/** Fragments that change how the parser reads what follows them. */
const SOUP = [
  '<svg>',
  '</svg>',
  '<math>',
  '</math>',
  '<mtext>',
  '<mglyph>',
  '<malignmark>',
  '<annotation-xml encoding="text/html">',
  '<foreignObject>',
  '<desc>',
  '<table>',
  '</table>',
  '<select>',
  '</select>',
  '<noscript>',
  '</noscript>',
  '<noembed>',
  '<style>',
  '</style>',
  '<template>',
  '</template>',
  '<textarea>',
  '</textarea>',
  '<title>',
  '</title>',
  '<xmp>',
  '</xmp>',
  '<iframe>',
  '</iframe>',
  '<form>',
  '</form>',
  '<p>',
  '</p>',
  '<!--',
  '-->',
  '--!>',
  '<![CDATA[',
  ']]>',
  '<?xml ?>',
  '<a href="javascript:alert(1)">',
  '<a href="https://a.test/">',
  '</a>',
  '<img src=x onerror=alert(1)>',
  '<img title="</noscript><img src=x onerror=alert(1)>">',
  '<style><img src=x onerror=alert(1)></style>',
  '<svg><style><img src=x onerror=alert(1)></style></svg>',
  '<math><mi><table><mglyph><style><img src=x onerror=alert(1)>',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror=alert(1)>',
  '<div id="body">',
  '<img name="getElementById">',
  '"',
  "'",
  '>',
  '<',
  'text',
];

const soupOf = (tree: fc.Arbitrary<Tree>) =>
  fc
    .array(fc.oneof(fc.constantFrom(...SOUP), tree), { minLength: 1, maxLength: 12 })
    .map((parts) => parts.join(''));

/** Tag soup: unbalanced fragments glued together. */
export const htmlSoupArbitrary = soupOf(htmlTreeArbitrary);

/** Either kind of hostile HTML. */
export const hostileHtmlArbitrary = fc.oneof(htmlTreeArbitrary, htmlSoupArbitrary);

/** Either kind, without the `is` attribute (see htmlTreeWithoutIsArbitrary). */
export const hostileHtmlWithoutIsArbitrary = fc.oneof(
  htmlTreeWithoutIsArbitrary,
  soupOf(htmlTreeWithoutIsArbitrary),
);
