import { join } from 'node:path';
import { beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatMessage, loadCatalog } from '../scripts/lib/locales';

// The fake browser has no i18n: answer getMessage from the English catalog, as the browser would.
const catalog = loadCatalog(join(import.meta.dirname, '..', 'locales'), 'en');

function installI18n() {
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    formatMessage(
      catalog[key],
      substitutions === undefined ? [] : ([] as string[]).concat(substitutions),
    )) as never;
  fakeBrowser.i18n.getUILanguage = () => 'en';
}

installI18n();
beforeEach(installI18n);
