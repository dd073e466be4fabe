import { sanitizeArticleHtml, type DomWindow } from '../../sanitize';
import type { ImportProblem } from '../errors';
import { clampProgress } from '../normalize';
import { ProblemList, type ImportDraft, type ParsedImport } from './draft';

export interface OmnivoreFiles {
  /** `metadata_*.json` files: arrays of items. */
  metadata: { name: string; text: string }[];
  /** `content/<slug>.html` by slug. */
  content: Map<string, string>;
  /** `highlights/<slug>.md` by slug. */
  highlights: Map<string, string>;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** Labels as Omnivore wrote them: names, or objects with a name. */
function labelNames(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((label: unknown) => {
    const name = typeof label === 'string' ? label : text((label as { name?: unknown })?.name);
    return name ? [name] : [];
  });
}

/**
 * Omnivore's export zip (2024): `metadata_<from>_to_<to>.json` arrays of items (id, slug, title,
 * description, author, url, state, labels, savedAt, updatedAt, publishedAt, readingProgress,
 * thumbnail), the article as `content/<slug>.html`, the highlights as `highlights/<slug>.md`.
 * An item without content is imported link-only. Items in the "Deleted" state are skipped.
 */
export function parseOmnivore(files: OmnivoreFiles, win: DomWindow): ParsedImport {
  const problems = new ProblemList();
  const skipped: ImportProblem[] = [];
  const drafts: ImportDraft[] = [];
  for (const file of files.metadata) {
    let items: unknown;
    try {
      items = JSON.parse(file.text.replace(/^\uFEFF/, ''));
    } catch (error) {
      problems.add(file.name, `it is not valid JSON (${(error as Error).message})`);
      continue;
    }
    if (!Array.isArray(items)) {
      problems.add(file.name, 'it should hold a list of articles');
      continue;
    }
    items.forEach((item: unknown, index) => {
      const where = `Entry ${index + 1} of ${file.name}`;
      if (!item || typeof item !== 'object') {
        problems.add(where, 'it is not an article record');
        return;
      }
      const record = item as Record<string, unknown>;
      const state = (text(record.state) ?? '').toLowerCase();
      if (state === 'deleted') {
        skipped.push({ where, problem: 'it was deleted in Omnivore' });
        return;
      }
      const url = problems.url(where, text(record.url) ?? text(record.originalArticleUrl));
      const savedAt = problems.date(where, record.savedAt);
      const readAt = problems.date(where, record.readAt ?? null);
      const published = problems.date(where, record.publishedAt ?? null);
      if (!url) return;
      const slug = text(record.slug);
      const html = slug ? files.content.get(slug) : undefined;
      const percent = typeof record.readingProgress === 'number' ? record.readingProgress : 0;
      drafts.push({
        where,
        url,
        title: text(record.title) ?? '',
        tags: labelNames(record.labels),
        status: state === 'archived' ? 'archived' : percent >= 100 ? 'read' : 'unread',
        savedAt,
        readAt,
        progress: clampProgress(percent / 100),
        publishedTime: published === null ? null : new Date(published).toISOString(),
        byline: text(record.author),
        excerpt: text(record.description),
        leadImage: text(record.thumbnail),
        content: html?.trim() ? sanitizeArticleHtml(html, win) : undefined,
        highlights: (slug && files.highlights.get(slug)?.trim()) || null,
      });
    });
  }
  return { source: 'omnivore', drafts, problems: problems.problems, skipped };
}
