import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests only: end-to-end tests in a real Chromium live under tests/e2e and run through
// `npm run test:e2e` (they need the built extension).
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    environment: 'jsdom',
    include: ['{utils,components,entrypoints,tests,scripts}/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 20_000,
    setupFiles: ['tests/setup.ts'],
  },
});
