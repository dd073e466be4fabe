import { browser } from 'wxt/browser';
import { t } from '../i18n';
import { createMessageListener } from '../messaging/dispatch';
import { failure } from '../messaging/protocol';
import { sendToBackground } from '../messaging/send';
import { openOverlay, type Overlay } from './overlay';
import { AUTO_OPEN_PARAM } from '../reader/auto-open';
import { captureSnapshotInSlices } from './snapshot';

export type ToggleResult = 'opened' | 'closed';

export interface ReaderController {
  toggle(): ToggleResult;
  /**
   * Auto mode's open: the reader opens unseen and shows itself only once it has read an article
   * (`bg-cs-confirm-auto`). Never closes a reader already there ('open' then).
   */
  openUnseen(): 'opened' | 'open';
}

/**
 * One controller per page, kept on the isolated world's global: the script is injected again on
 * every click, and each injection must reach the same overlay and message listener. A controller
 * left by an extension that was since reloaded (its runtime is gone) is replaced.
 */
const GLOBAL_KEY = '__lectorReaderController';

export function readerController(): ReaderController {
  const global = globalThis as unknown as Record<
    string,
    { controller: ReaderController; runtimeOk: () => boolean } | undefined
  >;
  const existing = global[GLOBAL_KEY];
  if (existing?.runtimeOk()) return existing.controller;
  const controller = createController();
  global[GLOBAL_KEY] = { controller, runtimeOk: () => Boolean(browser.runtime?.id) };
  return controller;
}

function createController(): ReaderController {
  let overlay: Overlay | null = null;
  /** Set while Lector itself closes the overlay (toolbar click, a message from the reader). */
  let closingOnRequest = false;
  const close = () => {
    closingOnRequest = true;
    overlay?.close();
    overlay = null;
    closingOnRequest = false;
  };

  browser.runtime.onMessage.addListener(
    createMessageListener(
      {
        'bg-cs-get-snapshot': async () => {
          const snapshot = await captureSnapshotInSlices(document);
          return 'tooLarge' in snapshot
            ? failure('too-large', snapshot.message)
            : { ok: true, snapshot };
        },
        'bg-cs-close': () => {
          if (!overlay) return failure('failed', 'The reader is not open.');
          close();
          return { ok: true };
        },
        // Only an overlay still unseen: one a person has since asked for stays, whatever it read.
        'bg-cs-confirm-auto': ({ show }) => {
          if (!overlay?.isHidden) return failure('failed', 'No reader is waiting to be shown.');
          if (show) overlay.reveal();
          else close();
          return { ok: true };
        },
      },
      { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    ),
  );

  const open = (unseen: boolean) => {
    // With `use_dynamic_url`, getURL gives this session's URL of the web-accessible reader page.
    const path = unseen ? `/reader.html?${AUTO_OPEN_PARAM}` : '/reader.html';
    overlay = openOverlay(document, (browser.runtime.getURL as (path: string) => string)(path), {
      title: t('readerFrameTitle'),
      hidden: unseen,
      onClose: () => {
        overlay = null;
        // Esc pressed in the page: the background must know, like any close by a person.
        if (!closingOnRequest) void sendToBackground('cs-bg-reader-closed', {});
      },
    });
  };

  return {
    toggle() {
      // A click while auto mode's reader is still unseen asks for the reader: show it.
      if (overlay?.isHidden) {
        overlay.reveal();
        return 'opened';
      }
      if (overlay?.isOpen) {
        close();
        return 'closed';
      }
      open(false);
      return 'opened';
    },
    openUnseen() {
      if (overlay?.isOpen) return 'open';
      open(true);
      return 'opened';
    },
  };
}
