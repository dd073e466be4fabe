import preact from '@preact/preset-vite';
import { join } from 'node:path';
import { defineConfig } from 'wxt';
import { listLocales, loadCatalog } from './scripts/lib/locales';

// Extension pages run only Lector's own script; article images load from their sites (img-src is
// open), nothing else does. No remote script, no plug-ins, no <base>, no forms, and no frames
// other than Lector's own pages.
const EXTENSION_PAGE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  'img-src * data: blob:',
  'media-src *',
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'self'",
  "frame-ancestors 'self' http: https:",
].join('; ');

// The manifest is a function of the target browser: Firefox needs a gecko id and data-collection
// declaration, Chrome needs `use_dynamic_url` on web-accessible resources. See README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // The end-to-end variant (see host_permissions below) builds apart from the product build.
  ...(process.env.LECTOR_E2E === '1' ? { outDir: '.output/e2e' } : {}),
  // Explicit imports everywhere, so lint can see module boundaries (style.md, principle 5).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    // The Firefox smoke test's content script exists only in the end-to-end variant.
    'entrypoints:resolved': (_wxt, entrypoints) => {
      if (process.env.LECTOR_E2E === '1') return;
      const index = entrypoints.findIndex((entry) => entry.name === 'e2e-smoke');
      if (index >= 0) entrypoints.splice(index, 1);
    },
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
    // activeTab + scripting: the click, shortcut and context menu read the page they were used on.
    // storage: settings and per-tab state. contextMenus: "Open in reader", "Save to reading list".
    // Host access for auto mode is optional and asked per site at run time (security.md, rule 6).
    // unlimitedStorage: the reading list is user data the browser must not evict under pressure.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'contextMenus'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    // TEST ONLY: headless Chromium cannot answer a permission prompt, so the end-to-end build
    // (LECTOR_E2E=1, written to .output/e2e, never shipped) holds the test server's host up front
    // and auto mode's requests for it resolve without a prompt. The product build has none.
    ...(process.env.LECTOR_E2E === '1'
      ? { host_permissions: ['http://127.0.0.1/*', 'https://127.0.0.1/*'] }
      : {}),
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: { 16: 'icon/muted-16.png', 32: 'icon/muted-32.png', 48: 'icon/muted-48.png' },
    },
    commands: {
      'toggle-reader': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandToggleReader__',
      },
      // Saves the page to the reading list through the reader (utils/reading-list/save-from-tab.ts).
      'save-article': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSaveArticle__',
      },
    },
    content_security_policy: {
      extension_pages: EXTENSION_PAGE_CSP,
    },
    // The reader is framed over the visited page, so the page must be allowed to load it. Chrome
    // serves it only under a per-session URL, which pages cannot guess to probe for Lector.
    web_accessible_resources: [
      {
        resources: ['reader.html'],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Closed to other extensions and to web pages (Chrome lets any extension connect otherwise).
    ...(browser === 'firefox' ? {} : { externally_connectable: { ids: [], matches: [] } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'lector@lector.invalid',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
