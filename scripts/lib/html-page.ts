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

/** Read an .html or .html.gz file as text. */
export function readHtmlFile(path: string): string {
  const raw = readFileSync(path);
  return decodeHtml(path.endsWith('.gz') ? gunzipSync(raw) : raw);
}

/** Parse HTML as the page at `url`: jsdom runs no script, loads nothing, logs nothing. */
export function parseHtml(html: string, url?: string): JSDOM {
  return new JSDOM(html, {
    ...(url ? { url } : {}),
    virtualConsole: new VirtualConsole(),
  });
}
