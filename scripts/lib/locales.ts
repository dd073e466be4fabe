import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * UI strings live in `locales/<lang>/<area>.json` (one file per part of the UI, so that parts can
 * grow independently) and are merged into the browser's single `_locales/<lang>/messages.json` at
 * build time (wxt.config.ts) and for unit tests (tests/setup.ts).
 */
export interface CatalogEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
export type Catalog = Record<string, CatalogEntry>;

const KEY = /^[A-Za-z0-9_]+$/;

export function loadCatalog(localesDir: string, lang: string): Catalog {
  const dir = join(localesDir, lang);
  const catalog: Catalog = {};
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    const entries = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Catalog;
    for (const [key, entry] of Object.entries(entries)) {
      if (!KEY.test(key)) throw new Error(`${lang}/${file}: "${key}" is not a valid message name`);
      if (catalog[key]) throw new Error(`${lang}/${file}: "${key}" is defined twice`);
      if (typeof entry?.message !== 'string')
        throw new Error(`${lang}/${file}: "${key}" has no message`);
      catalog[key] = entry;
    }
  }
  return catalog;
}

export function listLocales(localesDir: string): string[] {
  return readdirSync(localesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/** `getMessage` semantics for tests and tools: $1…$9 substitutions, then `$$` → `$`. */
export function formatMessage(entry: CatalogEntry | undefined, substitutions: string[]): string {
  if (!entry) return '';
  let text = entry.message;
  for (const [name, placeholder] of Object.entries(entry.placeholders ?? {})) {
    text = text.replaceAll(new RegExp(`\\$${name}\\$`, 'gi'), placeholder.content);
  }
  return text
    .replace(/\$(\d)/g, (_, digit: string) => substitutions[Number(digit) - 1] ?? '')
    .replaceAll('$$', '$');
}
