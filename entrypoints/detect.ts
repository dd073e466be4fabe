import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { runDetection, type DetectMessage } from '../utils/auto-mode/detect-runner';
import { detectLean } from '../utils/extract/detect-lean';

/**
 * Auto mode's detection script, registered by the background (utils/auto-mode/registration.ts)
 * with `scripting.registerContentScripts` on the sites auto mode may act on. An unlisted script,
 * not a WXT content script: WXT's content-script context announces the extension to the page.
 * It must stay tiny, 5 KB at most (no Readability, no Preact, not even the webextension
 * polyfill: the one message it sends goes through the browser's own `runtime`), so it judges
 * with the lean detector; the reader it opens lets the full one decide (utils/reader/auto-open.ts).
 */
interface Runtime {
  runtime: { sendMessage(message: DetectMessage): Promise<unknown> };
}

export default defineUnlistedScript(() => {
  const global = globalThis as { browser?: Runtime; chrome?: Runtime };
  const api = (global.browser ?? global.chrome)!;
  runDetection(window, detectLean, (message) => api.runtime.sendMessage(message));
});
