import type { RelatedArticle } from '../extract/types';
import { canonicalizeUrl } from './canonical-url';
import { joinArticle, logChange, runWrite, type LibraryContext } from './context';
import { assertWebUrl, normalizeTags } from './normalize';
import { toRow } from './rows';
import type { ArticleSummary, SavedArticle } from './types';

/** What saving needs: a ReadResult fits as it is, plus optional tags. */
export interface SaveInput {
  url: string;
  /** The page's own canonical address on the same site (ReadResult.canonicalUrl): the key. */
  canonicalUrl?: string | null;
  title: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  lang?: string | null;
  dir?: 'ltr' | 'rtl';
  excerpt?: string | null;
  leadImage?: string | null;
  wordCount?: number;
  readingMinutes?: number;
  /** Sanitized article HTML (ReadResult.content). */
  content: string;
  textContent: string;
  related?: RelatedArticle[];
  tags?: string[];
}

/** The page's own fields, as saving them sets them. */
function pageFields(
  input: SaveInput,
): Omit<
  ArticleSummary,
  'id' | 'canonicalUrl' | 'tags' | 'status' | 'progress' | 'savedAt' | 'updatedAt' | 'readAt'
> {
  return {
    url: input.url.trim(),
    title: input.title.trim() || input.url.trim(),
    byline: input.byline ?? null,
    siteName: input.siteName ?? null,
    publishedTime: input.publishedTime ?? null,
    lang: input.lang ?? null,
    dir: input.dir ?? 'ltr',
    excerpt: input.excerpt ?? null,
    leadImage: input.leadImage ?? null,
    wordCount: input.wordCount ?? 0,
    readingMinutes: input.readingMinutes ?? 0,
    related: input.related ?? [],
    linkOnly: false,
    importedFrom: null,
    highlights: null,
  };
}

/**
 * Save an article, or update it when its canonical URL is already in the list: the page's
 * content and metadata are replaced; the reader's own data (id, saved date, status, reading
 * position, tags, highlights, import source) is kept, and new tags are added. A link-only import
 * gets its content this way.
 */
export async function saveArticle(
  context: LibraryContext,
  input: SaveInput,
): Promise<SavedArticle> {
  assertWebUrl(input.url);
  if (input.canonicalUrl) assertWebUrl(input.canonicalUrl);
  const canonicalUrl = canonicalizeUrl(input.canonicalUrl || input.url);
  return runWrite(context, async () => {
    const { db } = context;
    // Saved under its canonical address; else under the address it was saved from before (a
    // link-only item from the side panel, a save from before the page named its canonical),
    // which then moves to the canonical key.
    const existing =
      (await db.articles.where('canonicalUrl').equals(canonicalUrl).first()) ??
      (await db.articles.where('canonicalUrl').equals(canonicalizeUrl(input.url)).first());
    const now = context.now();
    const fields = pageFields(input);
    const summary: ArticleSummary = existing
      ? {
          ...existing,
          ...fields,
          importedFrom: existing.importedFrom,
          highlights: existing.highlights,
          canonicalUrl,
          tags: normalizeTags([...existing.tags, ...(input.tags ?? [])]),
          updatedAt: now,
        }
      : {
          ...fields,
          id: context.newId(),
          canonicalUrl,
          tags: normalizeTags(input.tags ?? []),
          status: 'unread',
          progress: 0,
          savedAt: now,
          updatedAt: now,
          readAt: null,
        };
    const row = toRow(summary);
    const body = { id: row.id, content: input.content, textContent: input.textContent };
    await db.articles.put(row);
    await db.bodies.put(body);
    await logChange(context, row.id);
    return joinArticle(row, body);
  });
}
