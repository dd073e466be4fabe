import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureSnapshot } from '../utils/page/snapshot';

/**
 * Injected on demand when the side panel needs a tab's page and the reader is not open there.
 * Returns the page snapshot to the caller and leaves nothing behind.
 */
export default defineUnlistedScript(() => captureSnapshot(document));
