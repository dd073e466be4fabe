import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

/**
 * The detection script runs in every page of every auto-mode site, so it must stay tiny: no
 * Readability, no Preact, no webextension polyfill (issue 3 asks for ≤ 5 KB). Measured on the
 * last `wxt build` (.output/chrome-mv3/detect.js); skipped when there is none.
 *
 * The script's own part (the runner, the message, WXT's wrapper) is about 1.3 KB; the rest is
 * `detectArticle` (utils/extract/detect.ts and the modules it reads), about 9.2 KB minified on
 * 2026-11-29: 10.7 KB in all, 5.1 KB gzipped. TODO(2026-11-29): lower CAP to BUDGET once
 * detect.ts fits it; until then CAP only stops the script from growing.
 */
const DETECT_JS = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3', 'detect.js');
const BUDGET = 5 * 1024;
const CAP = 12 * 1024;

describe.skipIf(!existsSync(DETECT_JS))('the built detection script', () => {
  const code = existsSync(DETECT_JS) ? readFileSync(DETECT_JS, 'utf8') : '';

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

  it(`stays under its cap (target ${BUDGET} bytes)`, () => {
    const size = Buffer.byteLength(code);
    const gzipped = gzipSync(code).length;
    console.info(`detect.js: ${size} bytes, ${gzipped} gzipped (target ${BUDGET})`);
    expect(size).toBeLessThanOrEqual(CAP);
  });
});
