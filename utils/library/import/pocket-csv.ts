import { readCsv, findColumn } from './csv';
import { ProblemList, splitTags, type ImportDraft, type ParsedImport } from './draft';

/**
 * Pocket's export (2025): CSV files in a zip, `title,url,time_added,tags,status`, sometimes with
 * a `cursor` column; tags joined by `|`; status `unread` or `archive`; time_added in unix seconds.
 * Several CSV parts are read as one list; `fileLabel` names the part in problems.
 */
export function parsePocketCsv(parts: { name: string; text: string }[]): ParsedImport {
  const problems = new ProblemList();
  const drafts: ImportDraft[] = [];
  for (const part of parts) {
    const table = readCsv(part.text);
    const label = (line: string) => (parts.length > 1 ? `${part.name}, ${line}` : line);
    for (const p of table.problems) problems.add(label(p.where), p.problem);
    if (!findColumn(table, ['url'])) {
      problems.add(part.name, 'the file has no "url" column, so it is not a Pocket export');
      continue;
    }
    for (const row of table.rows) {
      const where = label(`Line ${row.line}`);
      const url = problems.url(where, row.cells.get('url'));
      const savedAt = problems.date(where, row.cells.get('time_added'));
      const status = (row.cells.get('status') ?? '').trim().toLowerCase();
      if (status && status !== 'unread' && status !== 'archive' && status !== 'archived') {
        problems.add(where, `the status "${status}" is neither "unread" nor "archive"`);
      }
      if (!url) continue;
      drafts.push({
        where,
        url,
        title: (row.cells.get('title') ?? '').trim(),
        tags: splitTags(row.cells.get('tags'), '|'),
        status: status.startsWith('archive') ? 'archived' : 'unread',
        savedAt,
      });
    }
  }
  return { source: 'pocket-csv', drafts, problems: problems.problems, skipped: [] };
}
