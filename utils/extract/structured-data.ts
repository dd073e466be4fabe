/**
 * The schema.org types a page states about itself in JSON-LD: the top-level items, their
 * `@graph` members and `mainEntity`, in objects or arrays. Never throws: malformed JSON-LD is
 * common, and its `"@type"` values are still read by pattern so a typo does not hide a
 * NewsArticle. (metadata.ts reads the article's fields from JSON-LD; this only needs types, and
 * ships in auto mode's small detection script.)
 */

/** schema.org types whose page is one article (NewsArticle, BlogPosting, ReportageNews, …). */
export const ARTICLE_TYPE =
  /^(\w*Article|BlogPosting|LiveBlogPosting|ReportageNews|Report|Posting|SocialMediaPosting)$/;
/** schema.org types whose page lists other pages. */
export const LISTING_TYPE = /^(CollectionPage|SearchResultsPage|ItemList|ProfilePage)$/;

export interface JsonLdTypes {
  /** Short type names (`http://schema.org/NewsArticle` → `NewsArticle`). */
  types: string[];
  /** How many items are of an article type. */
  articles: number;
  /** Some block could not be parsed; its types were read by pattern. */
  malformed: boolean;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const shortType = (type: string) => type.trim().replace(/^.*[/:#]/, '');

/** Read the types of the JSON-LD blocks' texts. */
export function readJsonLdTypes(blocks: string[]): JsonLdTypes {
  const result: JsonLdTypes = { types: [], articles: 0, malformed: false };
  /** Record one item's types; it counts once as an article however many article types it has. */
  const add = (types: unknown[]) => {
    const names = types.filter((type) => typeof type === 'string').map(shortType);
    result.types.push(...names);
    if (names.some((name) => ARTICLE_TYPE.test(name))) result.articles += 1;
  };
  const visit = (value: Json | undefined, depth: number): void => {
    if (depth > 3 || typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) return value.forEach((item) => visit(item, depth));
    const type = value['@type'];
    add(Array.isArray(type) ? type : [type]);
    visit(value['@graph'], depth + 1);
    visit(value['mainEntity'], depth + 1);
  };
  for (const text of blocks) {
    try {
      visit(JSON.parse(text) as Json, 0);
    } catch {
      result.malformed = true;
      for (const match of text.matchAll(/"@type"\s*:\s*\[?\s*"([^"]+)"/g)) add([match[1]]);
    }
  }
  return result;
}
