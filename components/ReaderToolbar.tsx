import type { ComponentChildren } from 'preact';
import { t } from '../utils/i18n';
import { Icon } from './Icon';

export type ReaderPanel = 'typography' | 'removed' | 'site';

/** Ids of the panels the toolbar's buttons control (aria-controls). */
export const PANEL_IDS: Record<ReaderPanel | 'speech', string> = {
  typography: 'reader-typography-panel',
  removed: 'reader-removed-panel',
  site: 'reader-site-panel',
  speech: 'reader-speech-bar',
};

export interface ReaderToolbarProps {
  /** Listen, print and "what was removed" only make sense with an article on screen. */
  hasArticle: boolean;
  originalUrl: string | null;
  removedCount: number;
  openPanel: ReaderPanel | null;
  speechOpen: boolean;
  onClose: () => void;
  onTogglePanel: (panel: ReaderPanel) => void;
  onToggleSpeech: () => void;
  onPrint: () => void;
  /** Slot for the "Save to reading list" control (reading-list issue); nothing when undefined. */
  saveControl?: ComponentChildren;
  /**
   * Per-site "always / never open in reader" (auto-mode issue): when given, a toolbar button
   * opens it in a popover (the Reader renders the popover; the toolbar only has the button).
   */
  hasSiteRule?: boolean;
}

/**
 * The reader's top bar; always visible (sticky), in every state, so the reader can always be
 * closed. Each button has an accessible name and tooltip; toggles say whether their panel is open.
 */
export function ReaderToolbar(props: ReaderToolbarProps) {
  const { hasArticle, openPanel } = props;
  return (
    <header class="reader-toolbar" data-testid="reader-toolbar">
      <div class="toolbar-group" role="group" aria-label={t('readerToolbarLabel')}>
        <button
          type="button"
          class="icon-button"
          aria-label={t('readerClose')}
          title={t('readerClose')}
          onClick={props.onClose}
          data-testid="reader-close"
        >
          <Icon name="close" />
        </button>
        <span class="toolbar-spacer" />
        {props.saveControl !== undefined && (
          <span class="toolbar-slot" data-testid="slot-save">
            {props.saveControl}
          </span>
        )}
        {props.hasSiteRule && (
          <button
            type="button"
            class="icon-button"
            aria-label={t('readerSiteRule')}
            title={t('readerSiteRule')}
            aria-expanded={openPanel === 'site'}
            aria-controls={PANEL_IDS.site}
            onClick={() => props.onTogglePanel('site')}
            data-testid="toggle-site-rule"
          >
            <Icon name="bolt" />
          </button>
        )}
        <button
          type="button"
          class="icon-button"
          aria-label={t('readerTypography')}
          title={t('readerTypography')}
          aria-expanded={openPanel === 'typography'}
          aria-controls={PANEL_IDS.typography}
          onClick={() => props.onTogglePanel('typography')}
          data-testid="toggle-typography"
        >
          <Icon name="type" />
        </button>
        {hasArticle && (
          <>
            <button
              type="button"
              class="icon-button"
              aria-label={t('readerListen')}
              title={t('readerListen')}
              aria-expanded={props.speechOpen}
              aria-controls={PANEL_IDS.speech}
              onClick={props.onToggleSpeech}
              data-testid="toggle-speech"
            >
              <Icon name="speaker" />
            </button>
            <button
              type="button"
              class="icon-button with-count"
              title={t('readerRemovedButton', String(props.removedCount))}
              aria-expanded={openPanel === 'removed'}
              aria-controls={PANEL_IDS.removed}
              onClick={() => props.onTogglePanel('removed')}
              data-testid="toggle-removed"
            >
              <Icon name="scissors" />
              {/* The name is the visible count after a hidden label ("What was removed 4"), so
                  what is seen is part of what is announced (WCAG 2.5.3). */}
              <span class="visually-hidden">{t('readerRemovedHeading')}</span>
              {props.removedCount > 0 && <span class="count">{props.removedCount}</span>}
            </button>
          </>
        )}
        {props.originalUrl && (
          <a
            class="icon-button"
            href={props.originalUrl}
            target="_blank"
            rel="noopener noreferrer"
            aria-label={t('readerOriginal')}
            title={t('readerOriginal')}
            data-testid="toolbar-original"
          >
            <Icon name="external" />
          </a>
        )}
        {hasArticle && (
          <button
            type="button"
            class="icon-button"
            aria-label={t('readerPrint')}
            title={t('readerPrint')}
            onClick={props.onPrint}
            data-testid="reader-print"
          >
            <Icon name="print" />
          </button>
        )}
      </div>
    </header>
  );
}
