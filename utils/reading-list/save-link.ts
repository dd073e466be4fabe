import { canonicalizeUrl } from '../library/canonical-url';
import { joinArticle, runWrite } from '../library/context';
import type { Library } from '../library/library';
import { assertWebUrl } from '../library/normalize';
import { putWholeArticle } from '../library/put-whole';
import type { SavedArticle } from '../library/types';

/** What the side panel knows of a related article it has not loaded. */
export interface LinkInput {
  url: string;
  title: string;
  siteName?: string | null;
  excerpt?: string | null;
  leadImage?: string | null;
  publishedTime?: string | null;
}

/**
 * Save a page Lector has not read (a related article in the side panel) as a link-only item:
 * title, address, source and summary. Lector makes no request of its own to fetch it; the item
 * gets its content the next time the page is opened with the reader (background-handlers.ts).
 * A page already in the list is left as it is (it may hold the full article): one transaction
 * looks and writes, so a save from elsewhere in between cannot be overwritten.
 */
export async function saveLinkOnly(library: Library, input: LinkInput): Promise<SavedArticle> {
  assertWebUrl(input.url);
  const { context } = library;
  const canonicalUrl = canonicalizeUrl(input.url);
  return runWrite(context, async () => {
    const existing = await context.db.articles.where('canonicalUrl').equals(canonicalUrl).first();
    if (existing) return joinArticle(existing, await context.db.bodies.get(existing.id));
    const now = context.now();
    const url = input.url.trim();
    return putWholeArticle(context, {
      id: context.newId(),
      url,
      canonicalUrl,
      title: input.title.trim() || url,
      byline: null,
      siteName: input.siteName?.trim() || null,
      publishedTime: input.publishedTime ?? null,
      lang: null,
      dir: 'ltr',
      excerpt: input.excerpt?.trim() || null,
      leadImage: input.leadImage ?? null,
      wordCount: 0,
      readingMinutes: 0,
      related: [],
      tags: [],
      status: 'unread',
      progress: 0,
      savedAt: now,
      updatedAt: now,
      readAt: null,
      linkOnly: true,
      importedFrom: null,
      highlights: null,
      content: '',
      textContent: '',
    });
  });
}
