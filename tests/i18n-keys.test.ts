import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../scripts/lib/locales';
import { REASON_CODES, reasonMessageKey } from '../utils/extract/detect-reasons';

/**
 * Every `t('key')` in the code names a message of the English catalog (locales/en/*.json), so no
 * UI shows a raw key. Keys should be literal for this to see them: `t(cond ? 'a' : 'b')` hides
 * them. A template key (`t(`optionsFont_${font}`)`) is checked as a pattern: at least one message
 * must match it (which cannot prove every value of `font` has one).
 */
const ROOT = join(import.meta.dirname, '..');
const SCANNED = ['components', 'entrypoints', 'utils'];
const CALL = /(?<![\w.$])t\(\s*(['"`])([^'"`]*)\1/g;

function sourceFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) files.push(path);
  }
  return files;
}

export function usedKeys(source: string): string[] {
  return Array.from(source.matchAll(CALL), (match) => match[2]!);
}

const catalog = loadCatalog(join(ROOT, 'locales'), 'en');

export function keyExists(key: string, keys: readonly string[]): boolean {
  if (!key.includes('${')) return keys.includes(key);
  const pattern = key
    .split(/\$\{[^}]*\}/)
    .map((part) => part.replace(/[.*+?^()|[\]\\]/g, '\\$&'))
    .join('[A-Za-z0-9_]+');
  return keys.some((candidate) => new RegExp(`^${pattern}$`).test(candidate));
}
const uses = SCANNED.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
  usedKeys(readFileSync(file, 'utf8')).map((key) => ({ file: relative(ROOT, file), key })),
);

describe('UI strings', () => {
  it('finds t() calls to check', () => {
    expect(uses.length).toBeGreaterThan(50);
  });

  it('every t() key exists in locales/en', () => {
    const keys = Object.keys(catalog);
    const missing = uses.filter(({ key }) => !keyExists(key, keys));
    expect(missing).toEqual([]);
  });

  // Reasons are worded by a computed key (describeReason), which the scan above cannot see.
  it('every detection reason has a message', () => {
    const missing = REASON_CODES.map(reasonMessageKey).filter((key) => !catalog[key]);
    expect(missing).toEqual([]);
  });

  it('the scanner sees the call shapes the code uses, and not look-alikes', () => {
    expect(
      usedKeys(`t('a'); t("b", x); t(\n  'c',\n); format('x'); obj.t('nope'); $t('no'); it('no')`),
    ).toEqual(['a', 'b', 'c']);
  });

  it('checks a template key as a pattern', () => {
    const keys = ['optionsFont_serif', 'readerClose'];
    expect(keyExists('optionsFont_${font}', keys)).toBe(true);
    expect(keyExists('optionsTheme_${theme}', keys)).toBe(false);
    expect(keyExists('readerClose', keys)).toBe(true);
    expect(keyExists('readerOpen', keys)).toBe(false);
  });
});
