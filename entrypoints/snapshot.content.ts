import { defineContentScript } from 'wxt/utils/define-content-script';
import { captureSnapshot } from '../utils/page/snapshot';

/**
 * Injected on demand by the background when the side panel needs a tab's page and the reader is
 * not open there. Returns the page snapshot to the caller; leaves nothing behind.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    return captureSnapshot(document);
  },
});
