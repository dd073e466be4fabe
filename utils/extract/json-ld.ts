/**
 * The article facts a page states in JSON-LD: headline, author, publisher, dates, image and
 * body. Reads `<script type="application/ld+json">` only; malformed blocks are skipped (pages
 * ship plenty of them), and nothing here ever throws.
 */
import { textOf } from './dom-walk.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

export interface JsonLdArticle {
  headline: string | null;
  authors: string[];
  publisher: string | null;
  datePublished: string | null;
  image: string | null;
  description: string | null;
  articleBody: string | null;
  inLanguage: string | null;
}

/** schema.org types that describe one article-like page. */
const ARTICLE_TYPE = /(Article|BlogPosting|Posting|Report|NewsArticle|WebPage)$/;

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeNames(item: JsonObject): string[] {
  const type = item['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list
    .filter((t): t is string => typeof t === 'string')
    .map((t) => t.replace(/^.*[/:]/, ''));
}

/** Every object in the value, breadth-first through @graph, arrays and mainEntity. */
function collectItems(root: Json): JsonObject[] {
  const items: JsonObject[] = [];
  const queue: Json[] = [root];
  // Bounded: a hostile page could nest JSON deeply or make it huge.
  while (queue.length > 0 && items.length < 200) {
    const value = queue.shift()!;
    if (Array.isArray(value)) queue.push(...value);
    else if (isObject(value)) {
      items.push(value);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage']) {
        const child = value[key];
        if (child !== undefined && typeof child !== 'string') queue.push(child);
      }
    }
  }
  return items;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

/** `"Jane Doe"`, `{ "name": "Jane Doe" }` or a list of either. */
function names(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((entry) => names(entry));
  if (typeof value === 'string') return value.trim() ? [value.trim()] : [];
  if (isObject(value)) return names(value['name']);
  return [];
}

/** `"https://…"`, `{ "url": "https://…" }` or a list of either. */
function imageUrl(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return imageUrl(value[0]);
  if (isObject(value)) return text(value['url']) ?? text(value['contentUrl']);
  return null;
}

function parseBlocks(scripts: readonly Element[]): Json[] {
  const values: Json[] = [];
  for (const script of scripts) {
    const source = textOf(script);
    if (source.length > 2_000_000) continue;
    try {
      values.push(JSON.parse(source.replace(/^\s*<!--|-->\s*$/g, '')) as Json);
    } catch {
      // Malformed JSON-LD is common and harmless: the other signals still apply.
    }
  }
  return values;
}

/** The page's article item (the first one of an article type), or an empty record. */
export function readJsonLdArticle(scripts: readonly Element[]): JsonLdArticle {
  const items = parseBlocks(scripts).flatMap(collectItems);
  const article =
    items.find((item) => typeNames(item).some((t) => ARTICLE_TYPE.test(t) && t !== 'WebPage')) ??
    items.find((item) => typeNames(item).includes('WebPage') && item['headline'] !== undefined);
  const organization = items.find((item) =>
    typeNames(item).some((t) => /Organization$/.test(t) || t === 'WebSite'),
  );
  const publisher = article
    ? (names(article['publisher'])[0] ?? null)
    : organization
      ? (text(organization['name']) ?? null)
      : null;
  return {
    headline: article ? (text(article['headline']) ?? text(article['name'])) : null,
    authors: article ? names(article['author']) : [],
    publisher,
    datePublished: article
      ? (text(article['datePublished']) ?? text(article['dateCreated']))
      : null,
    image: article ? imageUrl(article['image']) : null,
    description: article ? text(article['description']) : null,
    articleBody: article ? text(article['articleBody']) : null,
    inLanguage: article ? text(article['inLanguage']) : null,
  };
}
