import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureSnapshotInSlices } from '../utils/page/snapshot';

/**
 * Injected on demand when the side panel needs a tab's page and the reader is not open there.
 * Returns the page snapshot to the caller (null for a page too large to serialize) and leaves
 * nothing behind.
 */
export default defineUnlistedScript(() =>
  captureSnapshotInSlices(document).then((snapshot) => ('tooLarge' in snapshot ? null : snapshot)),
);
