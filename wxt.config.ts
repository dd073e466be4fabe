import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// The manifest is a function of the target browser: Firefox needs a gecko id and data-collection
// declaration, Chrome needs `use_dynamic_url` on web-accessible resources. See README "Permissions".
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere, so lint can see module boundaries (style.md, principle 5).
  imports: false,
  vite: () => ({ plugins: [preact()] }),
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
