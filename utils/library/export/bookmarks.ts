import type { SavedArticle } from '../types';
import { escapeMarkup } from './text-escape';

const seconds = (time: number) => String(Math.floor(time / 1000));

/**
 * The Netscape bookmark file every browser and read-later tool imports. It carries link, title,
 * dates, tags, an unread flag (Pinboard's TOREAD) and the excerpt; for everything else use the
 * Lector JSON export. A comma inside a tag becomes a space: the TAGS attribute is comma-separated.
 */
export function exportBookmarksHtml(articles: SavedArticle[]): string {
  const lines = [
    '<!DOCTYPE NETSCAPE-Bookmark-file-1>',
    '<!-- Exported from Lector. This file can be imported by browsers and read-later services. -->',
    '<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=UTF-8">',
    '<TITLE>Lector reading list</TITLE>',
    '<H1>Lector reading list</H1>',
    '<DL><p>',
  ];
  for (const article of articles) {
    const attributes = [
      `HREF="${escapeMarkup(article.url)}"`,
      `ADD_DATE="${seconds(article.savedAt)}"`,
      `LAST_MODIFIED="${seconds(article.updatedAt)}"`,
      `TOREAD="${article.status === 'unread' ? 1 : 0}"`,
    ];
    if (article.tags.length) {
      const tags = article.tags.map((tag) => tag.replace(/,/g, ' ').trim()).join(',');
      attributes.push(`TAGS="${escapeMarkup(tags)}"`);
    }
    lines.push(`    <DT><A ${attributes.join(' ')}>${escapeMarkup(article.title)}</A>`);
    if (article.excerpt)
      lines.push(`    <DD>${escapeMarkup(article.excerpt.replace(/\s+/g, ' '))}`);
  }
  lines.push('</DL><p>', '');
  return lines.join('\n');
}
