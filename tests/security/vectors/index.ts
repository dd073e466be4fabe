import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The XSS gate's vectors: the data files beside this one (markup.json, urls.json, text.json),
 * expanded into numbered vectors, each with the place it goes in a test page. Every vector's
 * script, if it ever ran, calls the oracle with the vector's number (`{js}`), so a run names the
 * vector that ran.
 */

/** Where a vector goes in its test page. */
export type Placement =
  /** Live markup in the article body; the page's own CSP keeps the page from running it. */
  | 'body'
  /** Inside <noscript>: text in the page (scripting on), markup to a parser without scripting. */
  | 'noscript'
  /** HTML-escaped text in a paragraph: must stay text. */
  | 'escaped'
  /** In an image's alt and title and its caption: must stay an attribute value / text. */
  | 'attribute'
  /** Single-value text fields of the page. */
  | 'title'
  | 'heading'
  | 'byline'
  | 'site-name'
  | 'excerpt'
  | 'json-ld'
  /** The title of an entry in the page's related-articles block. */
  | 'related-title'
  /** The link (and thumbnail) of an entry in the related-articles block. */
  | 'related-url';

export const TEXT_FIELDS = [
  'title',
  'heading',
  'byline',
  'site-name',
  'excerpt',
  'json-ld',
] as const satisfies readonly Placement[];

export interface Vector {
  id: number;
  /** The class of attack, as the data file names it. */
  cls: string;
  placement: Placement;
  /** The vector with its placeholders filled in. */
  payload: string;
}

interface MarkupFile {
  classes: { name: string; inertInPage?: boolean; vectors: string[] }[];
}
interface UrlFile {
  spellings: string[];
  sites: string[];
}
interface TextFile {
  strings: string[];
}

const here = import.meta.dirname;
const load = <T>(name: string): T => JSON.parse(readFileSync(resolve(here, name), 'utf8')) as T;

/** The oracle call: quote-free and space-free, so it fits any attribute syntax. */
export function oracleCall(id: number): string {
  return [`__lectorCanary(${id})`, `alert(${id})`, `confirm(${id})`, `prompt(${id})`][id % 4]!;
}

function fill(template: string, id: number): string {
  const js = oracleCall(id);
  return template
    .replaceAll('{js_b64html}', Buffer.from(`<script>${js}</script>`).toString('base64'))
    .replaceAll('{js_entities}', Array.from(js, (char) => `&#${char.codePointAt(0)};`).join(''))
    .replaceAll(
      '{js_pct}',
      encodeURIComponent(js).replace(/[()]/g, (c) => `%${c.charCodeAt(0).toString(16)}`),
    )
    .replaceAll('{js}', js)
    .replaceAll('{id}', String(id));
}

/** The markup classes' vectors whose markup would act on the page itself (see markup.json). */
const inertOnly = (cls: { inertInPage?: boolean }) => cls.inertInPage === true;

/** Classes whose markup is also tried where only a parser without scripting sees it. */
const NOSCRIPT_CLASSES = new Set([
  'script elements',
  'svg',
  'mathml',
  'mutation xss (parser state changes)',
  'readability rewrites (lazy images, noscript unwrapping, video embeds, URL fixing)',
  'page-level (meta refresh, base, link, css import)',
]);

/** Every vector, numbered from 1 in a fixed order. */
export function allVectors(): Vector[] {
  const markup = load<MarkupFile>('markup.json');
  const urls = load<UrlFile>('urls.json');
  const text = load<TextFile>('text.json');
  const vectors: Vector[] = [];
  const add = (cls: string, placement: Placement, template: string) => {
    const id = vectors.length + 1;
    vectors.push({ id, cls, placement, payload: fill(template, id) });
  };

  for (const cls of markup.classes) {
    for (const template of cls.vectors) {
      if (!inertOnly(cls)) add(cls.name, 'body', template);
      // A vector that closes the <noscript> itself would be live in the page: it is tried live.
      if (NOSCRIPT_CLASSES.has(cls.name) && !/<\/noscript/i.test(template))
        add(cls.name, 'noscript', template);
    }
  }
  for (const site of urls.sites) {
    for (const spelling of urls.spellings) {
      const escaped = spelling.replace(/"/g, '&quot;');
      add('URL schemes in URL attributes', 'body', site.replaceAll('{url}', escaped));
    }
  }
  // The side panel shows the page's related articles as links with thumbnails.
  for (const spelling of urls.spellings) add('related-article links', 'related-url', spelling);
  // Escaped and attribute copies of a sample of markup: text that looks like markup stays text.
  const sample = markup.classes.flatMap((cls) => cls.vectors.filter((_, index) => index % 6 === 0));
  for (const template of sample) add('markup as text', 'escaped', template);
  for (const template of sample) add('markup in attribute values', 'attribute', template);
  text.strings.forEach((template, index) => {
    add('text fields', TEXT_FIELDS[index % TEXT_FIELDS.length]!, template);
    add('related-article titles', 'related-title', template);
  });
  return vectors;
}

/** What a vector's number is, given an oracle call or a canary host name. */
export function vectorIdOf(detail: string): number | null {
  const match = /(\d+)/.exec(detail);
  return match ? Number(match[1]) : null;
}
