import type { DomWindow } from '../../sanitize';
import { joinArticle, runWrite, type LibraryContext } from '../context';
import { importMalformed, type ImportProblem } from '../errors';
import { putWholeArticle } from '../put-whole';
import type { ImportSource, SavedArticle } from '../types';
import { parseBookmarksHtml, parsePocketHtml } from './bookmarks-html';
import { detectImport, type DetectedImport, type ImportFile } from './detect';
import type { ParsedImport } from './draft';
import { parseInstapaperCsv } from './instapaper-csv';
import { parseLectorJson } from './lector-json';
import { articleFromDraft, mergeImported } from './merge';
import { parseOmnivore } from './omnivore';
import { parsePocketCsv } from './pocket-csv';

export interface ImportReport {
  source: ImportSource;
  added: number;
  updated: number;
  /** Entries left out on purpose, with why ("Entry 4: "place:…" is not a web page"). */
  skipped: ImportProblem[];
}

function parseDetected(detected: DetectedImport, win: DomWindow): ParsedImport {
  switch (detected.format) {
    case 'pocket-csv':
      return parsePocketCsv(detected.parts);
    case 'pocket-html':
      return parsePocketHtml(detected.text, win);
    case 'omnivore':
      return parseOmnivore(detected.files, win);
    case 'instapaper':
      return parseInstapaperCsv(detected.text);
    case 'bookmarks':
      return parseBookmarksHtml(detected.text, win);
    case 'lector-json':
      return parseLectorJson(detected.text, win);
  }
}

/** Several entries for one page in the same file become one, as they would in the list. */
function oneEntryPerPage(articles: SavedArticle[], now: number): SavedArticle[] {
  const byUrl = new Map<string, SavedArticle>();
  for (const article of articles) {
    const earlier = byUrl.get(article.canonicalUrl);
    byUrl.set(article.canonicalUrl, earlier ? mergeImported(earlier, article, now) : article);
  }
  return Array.from(byUrl.values());
}

/**
 * Import an export file: detect its format, parse and check ALL of it, and only then write it in
 * ONE transaction. A malformed file, or a failed write, imports nothing (security.md rule 9).
 * `win` parses and sanitizes HTML (the page's window; jsdom's in Node).
 */
export async function importFile(
  context: LibraryContext,
  file: ImportFile,
  win: DomWindow,
): Promise<ImportReport> {
  const parsed = parseDetected(detectImport(file), win);
  if (parsed.problems.length) throw importMalformed(file.name, parsed.problems);
  const now = context.now();
  const report: ImportReport = {
    source: parsed.source,
    added: 0,
    updated: 0,
    skipped: parsed.skipped,
  };
  const { db } = context;

  if (parsed.source === 'lector-json') {
    // A Lector export is a backup: its articles are restored exactly as they were exported.
    return runWrite(context, async () => {
      for (const article of oneEntryPerPage(parsed.articles, now)) {
        const existing =
          (await db.articles.get(article.id)) ??
          (await db.articles.where('canonicalUrl').equals(article.canonicalUrl).first());
        report[existing ? 'updated' : 'added']++;
        await putWholeArticle(context, article);
      }
      return report;
    });
  }

  const incoming = oneEntryPerPage(
    parsed.drafts.map((draft) =>
      articleFromDraft(draft, parsed.source, { id: context.newId(), now }, win),
    ),
    now,
  );
  return runWrite(context, async () => {
    for (const article of incoming) {
      const row = await db.articles.where('canonicalUrl').equals(article.canonicalUrl).first();
      const merged = row
        ? mergeImported(joinArticle(row, await db.bodies.get(row.id)), article, now)
        : article;
      report[row ? 'updated' : 'added']++;
      await putWholeArticle(context, merged);
    }
    return report;
  });
}
