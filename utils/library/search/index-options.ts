import type { Options, SearchOptions } from 'minisearch';
import type { ArticleRow } from '../rows';
import type { ArticleBody } from '../types';
import { isCjkTerm, processTerm, tokenize } from './tokenize';

/**
 * What is indexed and how. Bump SEARCH_FORMAT whenever fields or tokenisation change: a persisted
 * index of another format is thrown away and rebuilt.
 */
export const SEARCH_FORMAT = 3;

/** Long bodies are indexed up to this many characters: enough to find any article by its text,
 * and it bounds the index of a list with a few book-length pages in it. */
export const MAX_INDEXED_BODY = 60_000;

export interface SearchDocument {
  id: string;
  title: string;
  body: string;
  byline: string;
  site: string;
  tags: string;
}

export function searchDocument(row: ArticleRow, body: ArticleBody | undefined): SearchDocument {
  return {
    id: row.id,
    title: row.title,
    body: (body?.textContent ?? '').slice(0, MAX_INDEXED_BODY),
    byline: row.byline ?? '',
    site: row.site,
    tags: row.tags.join(' '),
  };
}

/** Shortest word typed that is completed as a prefix (CJK: any). See SEARCH_OPTIONS. */
export const MIN_PREFIX_LENGTH = 4;

export const SEARCH_OPTIONS: SearchOptions = {
  // As you type, words are completed, from 4 letters on: a 3-letter prefix expands to hundreds of
  // words and took ~350 ms at 10,000 articles (the bench), while 4 letters take a few ms. The
  // first keystrokes are served by quickSearch (titles) and by exact matches of short words.
  prefix: (term) => isCjkTerm(term) || term.length >= MIN_PREFIX_LENGTH,
  // Typos are forgiven on longer Latin-script words only: on short words and CJK bigrams a
  // one-letter difference is another word.
  fuzzy: (term) => (term.length >= 5 && !isCjkTerm(term) ? 0.2 : false),
  combineWith: 'AND',
  boost: { title: 3, tags: 2, site: 1.5, byline: 1.5 },
};

/**
 * A body is indexed by its distinct words, each counted once. Indexing every occurrence made a
 * 10,000-article index twice as slow to build and twice as large, for a finer term frequency that
 * barely changes the ranking of a personal list (the title boost and rarity of words decide it).
 */
function tokenizeField(text: string, field?: string): string[] {
  const tokens = tokenize(text);
  if (field !== 'body') return tokens;
  const seen = new Set<string>();
  return tokens.filter((token) => {
    const key = token.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export const INDEX_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'body', 'byline', 'site', 'tags'],
  storeFields: [],
  tokenize: tokenizeField,
  processTerm,
  searchOptions: SEARCH_OPTIONS,
};
