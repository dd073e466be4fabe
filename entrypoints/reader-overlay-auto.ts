import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerController } from '../utils/page/reader-controller';

/**
 * Auto mode's way in (utils/auto-mode/open-reader.ts): the reader-overlay script, but opening
 * the reader unseen until the reading core confirms an article, and never closing one already
 * open. Returns 'opened' or 'open'. Its own script because `executeScript` passes no arguments
 * to a file, and both scripts reach the same controller (see reader-controller.ts).
 */
export default defineUnlistedScript(() => readerController().openUnseen());
