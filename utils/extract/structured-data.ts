/**
 * What a page says about itself in machine-readable form: schema.org types (JSON-LD and
 * microdata), `og:type`, and whether it states a publication date. Reads only; never throws on
 * malformed JSON-LD (pages ship plenty of it).
 */
import type { PageScan } from './page-scan.ts';

/** schema.org types whose page is one article. */
export const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'ReportageNews', 'LiveBlogPosting', 'AnalysisNewsArticle',
  'OpinionNewsArticle', 'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle',
  'ScholarlyArticle', 'TechArticle', 'SatiricalArticle', 'Report', 'AdvertiserContentArticle',
  'Posting', 'SocialMediaPosting',
]); // prettier-ignore
/** schema.org types whose page lists other pages. */
export const LISTING_TYPES = new Set([
  'CollectionPage',
  'SearchResultsPage',
  'ItemList',
  'ProfilePage',
]);

export interface StructuredData {
  /** Types of the top-level JSON-LD items (`@graph` members and `mainEntity` included). */
  jsonLdTypes: string[];
  /** How many distinct article items the JSON-LD describes. */
  jsonLdArticles: number;
  /** True when some JSON-LD block could not be parsed (its types were read by pattern instead). */
  jsonLdMalformed: boolean;
  /** Article types named by microdata `itemtype`, one per item. */
  microdataArticles: string[];
  ogType: string | null;
  hasPublishedDate: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** `http://schema.org/NewsArticle` and `schema:NewsArticle` both name `NewsArticle`. */
function shortType(type: string): string {
  return type.trim().replace(/^.*[/:#]/, '');
}

function typesOf(item: { [key: string]: Json }): string[] {
  const type = item['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((entry): entry is string => typeof entry === 'string').map(shortType);
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Top-level items of one JSON-LD value: the value itself, its `@graph`, their `mainEntity`. */
function topLevelItems(value: Json): { [key: string]: Json }[] {
  const items: { [key: string]: Json }[] = [];
  const visit = (entry: Json | undefined, depth: number): void => {
    if (Array.isArray(entry)) {
      for (const member of entry) visit(member, depth);
      return;
    }
    if (!isObject(entry) || depth > 3) return;
    if (entry['@type'] !== undefined) items.push(entry);
    visit(entry['@graph'], depth + 1);
    visit(entry['mainEntity'], depth + 1);
  };
  visit(value, 0);
  return items;
}

/** Parse JSON-LD leniently: HTML comments, CDATA wrappers and trailing commas are common. */
function parseJsonLd(text: string): Json | undefined {
  try {
    return JSON.parse(text) as Json;
  } catch {
    const cleaned = text
      .replace(/^\s*(<!--|\/\*\s*<!\[CDATA\[\s*\*\/)/, '')
      .replace(/(-->|\/\*\s*\]\]>\s*\*\/)\s*$/, '')
      .replace(/,\s*([}\]])/g, '$1')
      .replace(/[\u0000-\u001f]+/g, ' '); // eslint-disable-line no-control-regex -- raw newlines inside strings
    try {
      return JSON.parse(cleaned) as Json;
    } catch {
      return undefined;
    }
  }
}

const TYPE_PATTERN = /"@type"\s*:\s*\[?\s*"([^"]+)"/g;

function readJsonLd(
  scripts: Element[],
): Pick<StructuredData, 'jsonLdTypes' | 'jsonLdArticles' | 'jsonLdMalformed'> {
  const types: string[] = [];
  const articleKeys = new Set<string>();
  let malformed = false;
  for (const script of scripts) {
    const text = script.textContent ?? '';
    const value = parseJsonLd(text);
    if (value === undefined) {
      // Unparseable: still read the types it names, so a typo does not hide a NewsArticle.
      malformed = true;
      for (const match of text.matchAll(TYPE_PATTERN)) types.push(shortType(match[1] ?? ''));
      continue;
    }
    for (const item of topLevelItems(value)) {
      const itemTypes = typesOf(item);
      types.push(...itemTypes);
      if (itemTypes.some((type) => ARTICLE_TYPES.has(type))) {
        const key = [item['@id'], item['url'], item['headline']].find((v) => typeof v === 'string');
        articleKeys.add(typeof key === 'string' ? key : `#${articleKeys.size}`);
      }
    }
  }
  const articles = articleKeys.size || (types.some((type) => ARTICLE_TYPES.has(type)) ? 1 : 0);
  return { jsonLdTypes: types, jsonLdArticles: articles, jsonLdMalformed: malformed };
}

// Where pages state a publication date in <meta> (property, name or itemprop).
const PUBLISHED_META_NAMES =
  /^(article:published_time|datepublished|pubdate|publishdate|dc\.date\.issued|parsely-pub-date|sailthru\.date)$/i;

function metaName(meta: Element): string | null {
  return (
    meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop')
  );
}

/** Read what `scan` collected. Never throws, whatever the page's JSON-LD looks like. */
export function readStructuredData(scan: PageScan): StructuredData {
  const ogMeta = scan.metas.find((meta) => metaName(meta) === 'og:type');
  const publishedMeta = scan.metas.some((meta) => PUBLISHED_META_NAMES.test(metaName(meta) ?? ''));
  return {
    ...readJsonLd(scan.jsonLdScripts),
    microdataArticles: scan.itemTypes.map(shortType).filter((type) => ARTICLE_TYPES.has(type)),
    ogType: ogMeta?.getAttribute('content')?.trim().toLowerCase() || null,
    hasPublishedDate: publishedMeta || scan.publishedMarks > 0,
  };
}
