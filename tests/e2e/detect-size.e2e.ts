import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The detection script runs in every page of every auto-mode site, so it must stay tiny: no
 * Readability, no Preact, no webextension polyfill (issue 3 asks for ≤ 5 KB). Measured on the
 * last `wxt build` (.output/chrome-mv3/detect.js).
 *
 * On 2026-11-29, with detection reasons as codes (no English in the script): 10,384 bytes
 * minified, 4,954 gzipped. The script's own part (the runner, the message, WXT's wrapper) is
 * about 1.4 KB; the rest is `detectArticle` and the modules it reads, mostly their word lists
 * (regular expressions) and the page walk, which would not halve without judging by less.
 * So the gzipped size is held to BUDGET, and the minified size to CAP, which only stops it from
 * growing. TODO(2026-11-29): lower CAP towards BUDGET if detection gets leaner.
 */
const DETECT_JS = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'detect.js');
const BUDGET = 5 * 1024;
const CAP = 10.5 * 1024;

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

  it(`stays under its cap, and under ${BUDGET} bytes gzipped`, () => {
    const size = Buffer.byteLength(code);
    const gzipped = gzipSync(code).length;
    console.info(`detect.js: ${size} bytes, ${gzipped} gzipped (target ${BUDGET})`);
    expect(size).toBeLessThanOrEqual(CAP);
    expect(gzipped).toBeLessThanOrEqual(BUDGET);
  });
});
