import { unzipSync } from 'fflate';
import { LibraryError } from '../errors';

/** Decompressed size past which a zip is refused: no export of a reading list is near it. */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * The text entries of a zip (`.csv .json .html .md`), by path. Other entries (images) are not
 * even decompressed, and the declared sizes are checked first, so a zip bomb fails fast.
 */
export function readZipTexts(bytes: Uint8Array, fileName: string): Map<string, string> {
  let declared = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (!/\.(csv|json|html?|md)$/i.test(file.name)) return false;
        declared += file.originalSize;
        if (declared > MAX_UNZIPPED_BYTES) throw new RangeError('too large');
        return true;
      },
    });
  } catch (error) {
    const tooLarge = error instanceof RangeError;
    throw new LibraryError(
      'import-malformed',
      tooLarge
        ? `Nothing was imported: ${fileName} unpacks to more than 1 GB, which no reading-list export does.`
        : `Nothing was imported: ${fileName} is a damaged zip file. Download the export again, then import it.`,
      { cause: error },
    );
  }
  const decoder = new TextDecoder('utf-8');
  const texts = new Map<string, string>();
  for (const [path, data] of Object.entries(entries)) {
    // Skip macOS resource forks that zips made on a Mac carry next to every file.
    if (!path.startsWith('__MACOSX/')) texts.set(path, decoder.decode(data));
  }
  return texts;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}
