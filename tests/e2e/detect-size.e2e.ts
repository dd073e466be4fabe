import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The detection script runs in every page of every auto-mode site, so it must stay tiny: no
 * Readability, no Preact, no webextension polyfill, and at most 5 KB (issue 3), minified, as
 * built by the last `wxt build` (.output/chrome-mv3/detect.js).
 *
 * It judges with the lean detector (utils/extract/detect-lean.ts), not the full one: on
 * 2026-12-05, 5,053 bytes minified, 2,652 gzipped (the full detector made it 10,470).
 */
const DETECT_JS = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'detect.js');
const BUDGET = 5 * 1024;

// With the end-to-end tests, which run after `npm run build`: the unit suite runs before any build.
describe('the built detection script', () => {
  const code = existsSync(DETECT_JS) ? readFileSync(DETECT_JS, 'utf8') : '';

  it('is built', () => {
    expect(existsSync(DETECT_JS), `${DETECT_JS} (run npm run build)`).toBe(true);
  });

  it('pulls in no Readability, Preact, polyfill or sanitizer', () => {
    // Strings each library keeps through minification (property names, messages).
    for (const marker of [
      '_readabilityDataTable',
      'readability-page-',
      'DOMPurify',
      'dangerouslySetInnerHTML',
      'webextension-polyfill',
      'This script should only be loaded in a browser extension',
    ]) {
      expect(code, marker).not.toContain(marker);
    }
  });

  it('carries reasons as codes, not English sentences', () => {
    // A few of the words that detect-reasons.ts keeps out (they live in locales/en/detect.json).
    for (const words of ['running text', 'URL is a', 'JSON-LD says', 'password field']) {
      expect(code, words).not.toContain(words);
    }
  });

  it(`is at most ${BUDGET} bytes minified`, () => {
    const size = Buffer.byteLength(code);
    console.info(`detect.js: ${size} bytes, ${gzipSync(code).length} gzipped (budget ${BUDGET})`);
    expect(size).toBeLessThanOrEqual(BUDGET);
  });
});
