import { t } from '../i18n';
import type { ExportFormat } from '../library/export/export-file';
import type { ImportReport } from '../library/import/import-file';
import type { Library } from '../library/library';
import type { ImportSource } from '../library/types';
import type { DomWindow } from '../sanitize';
import { downloadFile } from './download';
import { formatCount } from './format';

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  'lector-json',
  'markdown',
  'bookmarks',
  'epub',
];

export function formatLabel(format: ExportFormat): string {
  switch (format) {
    case 'lector-json':
      return t('libraryFormatJson');
    case 'markdown':
      return t('libraryFormatMarkdown');
    case 'bookmarks':
      return t('libraryFormatBookmarks');
    case 'epub':
      return t('libraryFormatEpub');
  }
}

function sourceLabel(source: ImportSource): string {
  switch (source) {
    case 'pocket-csv':
    case 'pocket-html':
      return t('librarySourcePocket');
    case 'omnivore':
      return t('librarySourceOmnivore');
    case 'instapaper':
      return t('librarySourceInstapaper');
    case 'bookmarks':
      return t('librarySourceBookmarks');
    case 'lector-json':
      return t('librarySourceLector');
  }
}

/** What an import did, in words: "From Pocket: 12 added, 3 updated, 1 skipped (Line 4: …)." */
export function importOutcome(fileName: string, report: ImportReport): string {
  const counts = t('libraryImportOutcome', [
    fileName,
    sourceLabel(report.source),
    formatCount(report.added),
    formatCount(report.updated),
    formatCount(report.skipped.length),
  ]);
  if (report.skipped.length === 0) return counts;
  const shown = report.skipped.slice(0, 3).map((entry) => `${entry.where}: ${entry.problem}`);
  const more = report.skipped.length > 3 ? ` …` : '';
  return `${counts} ${t('librarySkippedDetails', `${shown.join('; ')}${more}`)}`;
}

/**
 * Import files one after another (each all or nothing): the outcome of each, in words. The first
 * failure stops there and rejects with the library's message, which names the line or entry.
 */
export async function importFiles(
  library: Pick<Library, 'importFile'>,
  files: readonly File[],
  win: DomWindow,
): Promise<string[]> {
  const outcomes: string[] = [];
  for (const file of files) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const report = await library.importFile({ name: file.name, bytes }, win);
    outcomes.push(importOutcome(file.name, report));
  }
  return outcomes;
}

/** Export the list (or the selected ids) and hand the file to the browser's downloads. */
export async function exportToDownload(
  library: Pick<Library, 'exportFile'>,
  format: ExportFormat,
  win: DomWindow,
  ids?: string[],
): Promise<string> {
  const file = await library.exportFile(
    format,
    win,
    ids ? { ids, title: t('libraryEpubTitle') } : undefined,
  );
  downloadFile(file, win.document);
  return file.name;
}
