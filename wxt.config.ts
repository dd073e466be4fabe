import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { listLocales, loadCatalog } from './scripts/lib/locales';

// The manifest is a function of the target browser: Firefox needs a gecko id and data-collection
// declaration, Chrome needs `use_dynamic_url` on web-accessible resources. See README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so lint can see module boundaries (style.md, principle 5).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // UI strings are kept per area in locales/<lang>/*.json; the browser wants one messages.json.
    'build:publicAssets': (wxt, files) => {
      const localesDir = join(wxt.config.root, 'locales');
      for (const lang of listLocales(localesDir)) {
        files.push({
          relativeDest: `_locales/${lang}/messages.json`,
          contents: JSON.stringify(loadCatalog(localesDir, lang), null, 2),
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lector@lector.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
