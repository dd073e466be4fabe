import { zipSync } from 'fflate';
import TurndownService from 'turndown';
import type { DomWindow } from '../../sanitize';
import type { SavedArticle } from '../types';
import { safeFileStem, uniqueNamer } from './file-names';
import { yamlString } from './text-escape';

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

function converter(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    codeBlockStyle: 'fenced',
    bulletListMarker: '-',
    emDelimiter: '_',
  });
  // Text that reads "<script>" (written &lt;script&gt; in the article) must not become raw HTML
  // in the Markdown: many Markdown viewers render raw HTML. Entities first (`>` would otherwise
  // be escaped as `\>` and then broken), then Turndown's escaping of Markdown syntax.
  const escapeMarkdown = service.escape.bind(service);
  service.escape = (text: string) =>
    escapeMarkdown(text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
  return service;
}

/** Plain text for a Markdown line: Markdown syntax escaped, and no raw HTML. */
function markdownText(service: TurndownService, text: string): string {
  return service.escape(text.replace(/\s+/g, ' ').trim());
}

/** YAML front matter: every value quoted and escaped, so no field can break out of it. */
export function frontMatter(article: SavedArticle): string {
  const fields: [string, string | number | null][] = [
    ['title', article.title],
    ['url', article.url],
    ['author', article.byline],
    ['site', article.siteName],
    ['published', article.publishedTime],
    ['saved', iso(article.savedAt)],
    ['updated', iso(article.updatedAt)],
    ['read', iso(article.readAt)],
    ['status', article.status],
    ['progress', article.progress],
    ['lang', article.lang],
    ['excerpt', article.excerpt],
    ['link_only', article.linkOnly ? 'true' : null],
  ];
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (value === null) continue;
    lines.push(
      `${key}: ${typeof value === 'number' ? value : key === 'link_only' ? value : yamlString(value)}`,
    );
  }
  lines.push(article.tags.length ? 'tags:' : 'tags: []');
  for (const tag of article.tags) lines.push(`  - ${yamlString(tag)}`);
  lines.push('---');
  return lines.join('\n');
}

/** One article as a Markdown document: front matter, title, body, highlights. */
export function articleMarkdown(
  article: SavedArticle,
  win: DomWindow,
  service = converter(),
): string {
  const parts = [frontMatter(article), '', `# ${markdownText(service, article.title)}`, ''];
  if (article.content) {
    const doc = new win.DOMParser().parseFromString(
      `<!doctype html><body>${article.content}`,
      'text/html',
    );
    parts.push(service.turndown(doc.body), '');
  } else {
    parts.push(
      `[${markdownText(service, article.url)}](<${article.url.replace(/[<>]/g, encodeURIComponent)}>)`,
      '',
    );
  }
  if (article.highlights) {
    // Highlights are the user's own Markdown text (as Omnivore exported it): kept as written.
    parts.push('## Highlights', '', article.highlights.trim(), '');
  }
  return parts.join('\n');
}

/**
 * A zip with one `.md` file per article, named `YYYY-MM-DD-title.md` by saved date (so a folder
 * listing is chronological), each name unique.
 */
export function exportMarkdownZip(articles: SavedArticle[], win: DomWindow): Uint8Array {
  const service = converter();
  const name = uniqueNamer();
  const encoder = new TextEncoder();
  const files: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const article of articles) {
    const date = new Date(article.savedAt).toISOString().slice(0, 10);
    const text = encoder.encode(articleMarkdown(article, win, service));
    // The file's date is the saved date; zip dates start in 1980.
    const mtime = new Date(Math.max(article.savedAt, Date.UTC(1980, 0, 2)));
    files[name(`${date}-${safeFileStem(article.title)}`, 'md')] = [text, { mtime }];
  }
  return zipSync(files, { level: 6 });
}
