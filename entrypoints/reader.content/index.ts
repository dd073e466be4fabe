import { defineContentScript } from 'wxt/utils/define-content-script';
import { readerController } from './controller';

/**
 * Injected on demand (toolbar click, shortcut, context menu, auto mode) with
 * `scripting.executeScript`; it adds no host permission. Its result goes back to the caller:
 * 'opened' or 'closed'.
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    return readerController(ctx).toggle();
  },
});
