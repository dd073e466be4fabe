import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createMessageListener } from '../../utils/messaging/dispatch';
import { failure } from '../../utils/messaging/protocol';
import { openOverlay, type Overlay } from '../../utils/page/overlay';
import { captureSnapshot } from '../../utils/page/snapshot';
import { t } from '../../utils/i18n';

export type ToggleResult = 'opened' | 'closed';

interface ReaderController {
  toggle(): ToggleResult;
}

/**
 * One controller per page, kept on the isolated world's global: the script is injected again on
 * every click, and each injection must reach the same overlay and the same message listener.
 */
const GLOBAL_KEY = '__lectorReaderController';

export function readerController(ctx: ContentScriptContext): ReaderController {
  const global = globalThis as unknown as Record<string, ReaderController | undefined>;
  const existing = global[GLOBAL_KEY];
  if (existing) return existing;
  const controller = createController(ctx);
  global[GLOBAL_KEY] = controller;
  ctx.onInvalidated(() => {
    // The extension was reloaded or updated: this copy can no longer talk to it.
    if (global[GLOBAL_KEY] === controller) global[GLOBAL_KEY] = undefined;
  });
  return controller;
}

function createController(ctx: ContentScriptContext): ReaderController {
  let overlay: Overlay | null = null;

  const close = () => {
    overlay?.close();
    overlay = null;
  };
  ctx.onInvalidated(close);

  const listener = createMessageListener(
    {
      'bg-cs-get-snapshot': () => ({ ok: true, snapshot: captureSnapshot(document) }),
      'bg-cs-close': () => {
        if (!overlay) return failure('failed', 'The reader is not open.');
        close();
        return { ok: true };
      },
    },
    { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
  );
  browser.runtime.onMessage.addListener(listener);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));

  return {
    toggle() {
      if (overlay?.isOpen) {
        close();
        return 'closed';
      }
      // With `use_dynamic_url`, getURL gives this session's URL of the web-accessible reader page.
      const readerUrl = (browser.runtime.getURL as (path: string) => string)('/reader.html');
      overlay = openOverlay(document, readerUrl, {
        title: t('readerFrameTitle'),
        onClose: () => {
          overlay = null;
        },
      });
      return 'opened';
    },
  };
}
