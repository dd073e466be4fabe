import { LibraryError } from '../errors';
import type { OmnivoreFiles } from './omnivore';
import { baseName, isZip, readZipTexts } from './zip';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export type DetectedImport =
  | { format: 'pocket-csv'; parts: { name: string; text: string }[] }
  | { format: 'pocket-html'; text: string }
  | { format: 'omnivore'; files: OmnivoreFiles }
  | { format: 'instapaper'; text: string }
  | { format: 'bookmarks'; text: string }
  | { format: 'lector-json'; text: string };

function csvHeader(text: string): string[] {
  const first = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  return first.split(',').map((cell) => cell.trim().replace(/^"|"$/g, '').toLowerCase());
}

function isPocketCsv(text: string): boolean {
  const header = csvHeader(text);
  return header.includes('url') && header.includes('time_added');
}

function isInstapaperCsv(text: string): boolean {
  const header = csvHeader(text);
  return header.includes('url') && (header.includes('folder') || header.includes('selection'));
}

const OMNIVORE_METADATA = /^metadata_.*\.json$/i;

function omnivoreFiles(texts: Map<string, string>): OmnivoreFiles {
  const files: OmnivoreFiles = { metadata: [], content: new Map(), highlights: new Map() };
  for (const [path, text] of texts) {
    const name = baseName(path);
    if (OMNIVORE_METADATA.test(name)) files.metadata.push({ name, text });
    else if (/(^|\/)content\/[^/]+\.html?$/i.test(path)) {
      files.content.set(name.replace(/\.html?$/i, ''), text);
    } else if (/(^|\/)highlights\/[^/]+\.md$/i.test(path)) {
      files.highlights.set(name.replace(/\.md$/i, ''), text);
    }
  }
  files.metadata.sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
  return files;
}

function detectZip(file: ImportFile): DetectedImport | null {
  const texts = readZipTexts(file.bytes, file.name);
  const names = Array.from(texts.keys());
  if (names.some((path) => OMNIVORE_METADATA.test(baseName(path)))) {
    return { format: 'omnivore', files: omnivoreFiles(texts) };
  }
  const pocketParts = names
    .filter((path) => /\.csv$/i.test(path) && isPocketCsv(texts.get(path)!))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((path) => ({ name: baseName(path), text: texts.get(path)! }));
  if (pocketParts.length) return { format: 'pocket-csv', parts: pocketParts };
  const single = names.length === 1 ? names[0]! : names.find((p) => /ril_export\.html?$/i.test(p));
  return single ? detectText({ name: baseName(single), text: texts.get(single)! }) : null;
}

function detectText({ name, text }: { name: string; text: string }): DetectedImport | null {
  const start = text
    .replace(/^\uFEFF/, '')
    .trimStart()
    .slice(0, 4096);
  if (start.startsWith('{')) return { format: 'lector-json', text };
  if (start.startsWith('[') && OMNIVORE_METADATA.test(name)) {
    return {
      format: 'omnivore',
      files: { metadata: [{ name, text }], content: new Map(), highlights: new Map() },
    };
  }
  if (start.startsWith('<')) {
    if (/<!DOCTYPE\s+NETSCAPE-Bookmark-file/i.test(start)) return { format: 'bookmarks', text };
    if (/time_added\s*=|<title>\s*Pocket Export/i.test(start) || /ril_export/i.test(name)) {
      return { format: 'pocket-html', text };
    }
    if (/<dt[\s>]/i.test(start)) return { format: 'bookmarks', text };
    return null;
  }
  if (isInstapaperCsv(start)) return { format: 'instapaper', text };
  if (isPocketCsv(start)) return { format: 'pocket-csv', parts: [{ name, text }] };
  return null;
}

/** Which export a file is, from its bytes and, where that decides, its name. */
export function detectImport(file: ImportFile): DetectedImport {
  const detected = isZip(file.bytes)
    ? detectZip(file)
    : detectText({ name: file.name, text: new TextDecoder('utf-8').decode(file.bytes) });
  if (!detected) {
    throw new LibraryError(
      'import-unknown-format',
      `Lector does not recognise ${file.name}. It reads Pocket exports (zip, CSV or HTML), Omnivore exports (zip), Instapaper CSV, browser bookmarks (HTML) and Lector exports (JSON).`,
    );
  }
  return detected;
}
