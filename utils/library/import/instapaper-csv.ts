import { findColumn, readCsv } from './csv';
import { ProblemList, splitTags, type ImportDraft, type ParsedImport } from './draft';

/** Instapaper folders that are states, not names; any other folder becomes a tag. */
const FOLDER_STATUS: Record<string, 'unread' | 'archived'> = {
  unread: 'unread',
  archive: 'archived',
  starred: 'unread',
};

/** A Tags cell: Instapaper writes a JSON array (`["a","b"]`); older files a comma list. */
function readTags(cell: string | undefined): string[] {
  const text = (cell ?? '').trim();
  if (text.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed)) return parsed.filter((t): t is string => typeof t === 'string');
    } catch {
      // Not JSON after all: read it as a list below.
    }
  }
  return splitTags(text.replace(/^\[|\]$/g, ''), ',');
}

/**
 * Instapaper's CSV export: `URL,Title,Selection,Folder,Timestamp` (newer files add `Tags`).
 * Folder "Unread" / "Archive" is the status, "Starred" a tag, any other folder a tag of its name.
 * Selection (the text the user highlighted when saving) is kept as a highlight.
 */
export function parseInstapaperCsv(text: string): ParsedImport {
  const problems = new ProblemList();
  const drafts: ImportDraft[] = [];
  const table = readCsv(text);
  problems.problems.push(...table.problems);
  if (!findColumn(table, ['url'])) {
    problems.add('Line 1', 'the file has no "URL" column, so it is not an Instapaper export');
  }
  for (const row of table.rows) {
    const where = `Line ${row.line}`;
    const url = problems.url(where, row.cells.get('url'));
    const savedAt = problems.date(where, row.cells.get('timestamp'));
    if (!url) continue;
    const folder = (row.cells.get('folder') ?? '').trim();
    const folderKey = folder.toLowerCase();
    const selection = (row.cells.get('selection') ?? '').trim();
    const tags = readTags(row.cells.get('tags'));
    if (folder && !(folderKey in FOLDER_STATUS)) tags.push(folder);
    if (folderKey === 'starred') tags.push('Starred');
    drafts.push({
      where,
      url,
      title: (row.cells.get('title') ?? '').trim(),
      tags,
      status: FOLDER_STATUS[folderKey] ?? 'unread',
      savedAt,
      highlights: selection ? `> ${selection.replace(/\n/g, '\n> ')}` : null,
    });
  }
  return { source: 'instapaper', drafts, problems: problems.problems, skipped: [] };
}
