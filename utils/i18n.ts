import { browser } from 'wxt/browser';

/**
 * A UI string in the browser's language (English first). Keys live in `locales/en/*.json`;
 * a meta-test checks that every key used in the code exists there.
 */
export function t(key: string, substitutions: string | string[] = []): string {
  const list = Array.isArray(substitutions) ? substitutions : [substitutions];
  // WXT types getMessage from public/_locales, which Lector does not use (see scripts/lib/locales.ts).
  const getMessage = browser.i18n.getMessage as (name: string, substitutions?: string[]) => string;
  return getMessage(key, list) || key;
}
