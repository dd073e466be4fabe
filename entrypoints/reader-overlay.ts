import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { readerController } from '../utils/page/reader-controller';

/**
 * Injected into a tab on demand (toolbar click, shortcut, context menu, auto mode) with
 * `scripting.executeScript`; it needs no host permission of its own. Returns 'opened' or
 * 'closed' to the caller. An unlisted script rather than a WXT content script: WXT's content
 * script context announces itself to the page with an event naming the extension, and stops the
 * previous copy on every injection, which would break the toggle.
 */
export default defineUnlistedScript(() => readerController().toggle());
