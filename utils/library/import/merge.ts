import type { DomWindow } from '../../sanitize';
import { canonicalizeUrl } from '../canonical-url';
import { normalizeTags } from '../normalize';
import type { ArticleStatus, ImportSource, SavedArticle } from '../types';
import type { ImportDraft } from './draft';
import { wordsAndMinutes } from '../../extract/word-count';
import { htmlToText } from './html-text';

/** Turn a checked draft into a whole article (a link-only one when the file had no content). */
export function articleFromDraft(
  draft: ImportDraft,
  source: ImportSource,
  ids: { id: string; now: number },
  win: DomWindow,
): SavedArticle {
  const content = draft.content ?? '';
  const textContent = content ? htmlToText(content, win) : '';
  const savedAt = draft.savedAt ?? ids.now;
  return {
    id: ids.id,
    url: draft.url,
    canonicalUrl: canonicalizeUrl(draft.url),
    title: draft.title || draft.url,
    byline: draft.byline ?? null,
    siteName: null,
    publishedTime: draft.publishedTime ?? null,
    lang: null,
    dir: 'ltr',
    excerpt: draft.excerpt ?? null,
    leadImage: draft.leadImage ?? null,
    ...wordsAndMinutes(textContent),
    related: [],
    tags: normalizeTags(draft.tags),
    status: draft.status,
    progress: draft.progress ?? 0,
    savedAt,
    updatedAt: savedAt,
    readAt: draft.readAt ?? null,
    linkOnly: !content,
    importedFrom: source,
    highlights: draft.highlights ?? null,
    content,
    textContent,
  };
}

const STATUS_RANK: Record<ArticleStatus, number> = { unread: 0, read: 1, archived: 2 };

/**
 * An article the list already has meets the same page from an import. An import never takes
 * anything away: tags are joined, the earlier saved date and the further status and reading
 * position win, and the imported content fills in only a link-only article.
 */
export function mergeImported(
  existing: SavedArticle,
  incoming: SavedArticle,
  now: number,
): SavedArticle {
  const fillContent = existing.linkOnly && !incoming.linkOnly;
  const body = fillContent ? incoming : existing;
  const highlights = [existing.highlights, incoming.highlights].filter(Boolean);
  return {
    ...existing,
    title: existing.title || incoming.title,
    byline: existing.byline ?? incoming.byline,
    publishedTime: existing.publishedTime ?? incoming.publishedTime,
    excerpt: existing.excerpt ?? incoming.excerpt,
    leadImage: existing.leadImage ?? incoming.leadImage,
    tags: normalizeTags([...existing.tags, ...incoming.tags]),
    status:
      STATUS_RANK[incoming.status] > STATUS_RANK[existing.status]
        ? incoming.status
        : existing.status,
    progress: Math.max(existing.progress, incoming.progress),
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    readAt: existing.readAt ?? incoming.readAt,
    highlights: highlights.length ? Array.from(new Set(highlights)).join('\n\n') : null,
    content: body.content,
    textContent: body.textContent,
    wordCount: body.wordCount,
    readingMinutes: body.readingMinutes,
    linkOnly: body.linkOnly,
    updatedAt: now,
  };
}
