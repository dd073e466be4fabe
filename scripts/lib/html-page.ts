/**
 * Pages for the command-line tools: bytes decoded the way a browser would (BOM, then a declared
 * charset, else UTF-8), parsed by jsdom with no scripts, no resources and a silent console.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The charset a page declares in its first 1024 bytes (<meta charset> or http-equiv). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const match =
    head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i) ??
    head.match(/<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*([\w-]+)/i);
  return match?.[1]?.toLowerCase() ?? null;
}

function bomCharset(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return null;
}

/** Decode page bytes: BOM first, then the declared charset, else UTF-8. */
export function decodeHtml(bytes: Uint8Array): string {
  const charset = bomCharset(bytes) ?? declaredCharset(bytes) ?? 'utf-8';
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    // A charset name the platform does not know: UTF-8 is the web's default.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** How much of a file is looked at for binary bytes (the WHATWG sniffing header's length). */
const SNIFF_LENGTH = 1445;

/**
 * Whether `bytes` start like a binary file (an image, a PDF, an archive): a control byte no text
 * holds (WHATWG MIME sniffing's "binary data bytes") in the first bytes. UTF-16 text is full of
 * zero bytes, so a file with a UTF-16 byte-order mark is text.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const charset = bomCharset(bytes);
  if (charset === 'utf-16be' || charset === 'utf-16le') return false;
  const end = Math.min(bytes.length, SNIFF_LENGTH);
  for (let at = 0; at < end; at++) {
    const byte = bytes[at]!;
    if (byte <= 0x08 || byte === 0x0b || (byte >= 0x0e && byte <= 0x1f && byte !== 0x1b)) {
      return true;
    }
  }
  return false;
}

/** Read an .html or .html.gz file as text; a binary file is an error (it is not a page). */
export function readHtmlFile(path: string): string {
  const raw = readFileSync(path);
  const bytes = path.endsWith('.gz') ? gunzipSync(raw) : raw;
  if (looksBinary(bytes)) throw new Error('not an HTML page: the file holds binary data');
  return decodeHtml(bytes);
}

/** Parse HTML as the page at `url`: jsdom runs no script, loads nothing, logs nothing. */
export function parseHtml(html: string, url?: string): JSDOM {
  return new JSDOM(html, {
    ...(url ? { url } : {}),
    virtualConsole: new VirtualConsole(),
  });
}
