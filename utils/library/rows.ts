import { siteKeyOf } from './canonical-url';
import type { ArticleSummary } from './types';

/**
 * How a summary is stored: with the derived keys its indexes sort and filter on. They are
 * computed here, on every write, and stripped on every read, so callers never see them.
 */
export interface ArticleRow extends ArticleSummary {
  /** What the list shows as the site: the page's site name, else its host without `www.`. */
  site: string;
  /** Case- and accent-insensitive sort keys. */
  titleSort: string;
  siteSort: string;
}

/** Lower case, accents folded, leading punctuation dropped: "Éclair" sorts with "eclair", "«Why»" with "why". */
export function sortKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .trim();
}

export function siteOf(summary: Pick<ArticleSummary, 'siteName' | 'url'>): string {
  return summary.siteName?.trim() || siteKeyOf(summary.url);
}

export function toRow(summary: ArticleSummary): ArticleRow {
  const site = siteOf(summary);
  return { ...summary, site, titleSort: sortKey(summary.title), siteSort: sortKey(site) };
}

export function fromRow(row: ArticleRow): ArticleSummary {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- dropping the derived keys
  const { site, titleSort, siteSort, ...summary } = row;
  return summary;
}
