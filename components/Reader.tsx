import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReadResult } from '../utils/extract/types';
import { t } from '../utils/i18n';
import { keyAction, scrollDistance } from '../utils/reader/keyboard';
import { restoredClassFor, restoreRemovals } from '../utils/reader/restore-removed';
import { browserSpeechEnv, type SpeechEnv } from '../utils/reader/speech';
import { prefersReducedMotion } from '../utils/reader/reduced-motion';
import { readerStyle } from '../utils/reader/typography';
import { isHttpUrl } from '../utils/http-url';
import type { Settings } from '../utils/settings';
import { ArticleView } from './ArticleView';
import { FailurePanel } from './FailurePanel';
import { LoadingSkeleton } from './LoadingSkeleton';
import { NotArticlePanel } from './NotArticlePanel';
import { PANEL_IDS, ReaderToolbar, type ReaderPanel } from './ReaderToolbar';
import { RemovedPanel } from './RemovedPanel';
import { SpeechBar } from './SpeechBar';
import { TypographyPanel } from './TypographyPanel';
import { useSpeech } from './hooks/use-speech';
import './themes.css';
import './reader.css';

export type ReaderState =
  | { kind: 'loading' }
  /** The page could not be read at all (no access, the core threw). */
  | { kind: 'error'; message: string }
  /** `forced`: the result was read with "try anyway", show it even if it is not an article. */
  | { kind: 'ready'; result: ReadResult; forced?: boolean };

export interface ReaderProps {
  state: ReaderState;
  settings: Settings;
  onSettingsChange: (change: Partial<Settings>) => void;
  onClose: () => void;
  /** "Try anyway" on a result without content: the caller reads the page again with `force`. */
  onTryAnyway?: () => void;
  /** Slot: "Save to reading list" (reading-list issue). */
  saveControl?: ComponentChildren;
  /** Slot: per-site "always / never open in reader" (auto-mode issue), shown in a popover. */
  siteRuleControl?: ComponentChildren;
  /** Go to another page of a story split over pages, in this tab, reader and all. */
  onOpenPage?: (url: string) => void;
  /** The speech engine; the window's by default, null for none. */
  speech?: SpeechEnv | null;
}

/**
 * The reader view, in every state: a calm skeleton while loading, the article with its toolbar
 * and panels, a failure, or the "not an article" panel. The root is the scroller; it takes focus
 * on open so the keys work at once.
 */
export function Reader(props: ReaderProps) {
  const { state, settings } = props;
  const root = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const [openPanel, setOpenPanel] = useState<ReaderPanel | null>(null);
  const [speechOpen, setSpeechOpen] = useState(false);
  // Both belong to one result: a new result starts with nothing put back and not forced.
  const [restored, setRestored] = useState({
    of: null as ReadResult | null,
    ids: new Set<string>(),
  });
  const [forcedFor, setForcedFor] = useState<ReadResult | null>(null);
  const scrollToRestored = useRef<string | null>(null);

  const result = state.kind === 'ready' ? state.result : null;
  const restoredIds = restored.of === result ? restored.ids : new Set<string>();
  const showArticle =
    result !== null &&
    result.failure === null &&
    (result.isArticle || (state.kind === 'ready' && (state.forced || forcedFor === result)));
  const article = useMemo(
    () =>
      result && showArticle
        ? restoreRemovals(result.content, result.removed, restoredIds)
        : { html: '', unplaced: [] },
    // restoredIds is derived from `restored` and `result`.
    [result, showArticle, restored],
  );

  const env = useMemo(
    () => (props.speech === undefined ? browserSpeechEnv(window) : props.speech),
    [props.speech],
  );
  const speech = useSpeech({
    env,
    lang: result?.lang ?? null,
    rate: settings.ttsRate,
    savedVoiceURI: settings.ttsVoice,
    contentKey: article.html,
    reducedMotion: prefersReducedMotion(),
    getRoots: () =>
      [titleRef.current, bodyRef.current].filter(
        (element): element is HTMLHeadingElement | HTMLDivElement => element !== null,
      ),
    getScroller: () => {
      const element = root.current;
      if (!element) return null;
      const toolbar = element.querySelector<HTMLElement>('.reader-toolbar');
      const bar = element.querySelector<HTMLElement>('.speech-bar');
      return {
        element,
        topInset: toolbar?.offsetHeight ?? 0,
        bottomInset: bar?.offsetHeight ?? 0,
      };
    },
  });

  useEffect(() => root.current?.focus({ preventScroll: true }), []);

  const close = () => {
    speech.stop();
    props.onClose();
  };

  const closePanel = useCallback((panel: ReaderPanel | 'speech') => {
    if (panel === 'speech') setSpeechOpen(false);
    else setOpenPanel(null);
    root.current?.querySelector<HTMLElement>(`[aria-controls="${PANEL_IDS[panel]}"]`)?.focus();
  }, []);

  // Keys: scrolling, paging, Esc (closes the open panel first, then the reader). One listener for
  // the reader's life; it reads the current state through a ref.
  const onKey = useRef<(event: KeyboardEvent) => void>(() => {});
  onKey.current = (event) => {
    const action = keyAction(event);
    const scroller = root.current;
    if (!action || !scroller || event.defaultPrevented) return;
    event.preventDefault();
    if (action === 'escape') {
      if (openPanel) closePanel(openPanel);
      else close();
      return;
    }
    const line = settings.fontSize * settings.lineHeight;
    const toolbar = scroller.querySelector<HTMLElement>('.reader-toolbar')?.offsetHeight ?? 0;
    scroller.scrollBy({
      top: scrollDistance(action, line, scroller.clientHeight - toolbar),
      behavior: prefersReducedMotion() ? 'auto' : 'smooth',
    });
  };
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKey.current(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);

  // Popovers close on a click elsewhere; the removed sheet stays open while you read.
  useEffect(() => {
    if (openPanel !== 'typography' && openPanel !== 'site') return;
    const id = PANEL_IDS[openPanel];
    const onPointer = (event: PointerEvent) => {
      const target = event.target as Node;
      const inside = root.current?.querySelector(`#${id}`)?.contains(target);
      const toggle = (target as Element).closest?.(`[aria-controls="${id}"]`);
      if (!inside && !toggle) setOpenPanel(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [openPanel]);

  // After "put back", bring the block into view so you see where it went.
  useEffect(() => {
    const id = scrollToRestored.current;
    scrollToRestored.current = null;
    if (!id) return;
    root.current
      ?.querySelector(`.${restoredClassFor(id)}`)
      ?.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [article.html]);

  const toggleRemoval = (id: string) => {
    const ids = new Set(restoredIds);
    if (ids.has(id)) ids.delete(id);
    else {
      ids.add(id);
      scrollToRestored.current = id;
    }
    setRestored({ of: result, ids });
  };

  const tryAnyway = () => {
    if (!result) return;
    if (result.content.trim() || !props.onTryAnyway) setForcedFor(result);
    else props.onTryAnyway();
  };

  const originalUrl = result && isHttpUrl(result.url) ? result.url : null;
  const hasArticle = showArticle && article.html.trim() !== '';

  let content: ComponentChildren;
  if (state.kind === 'loading') content = <LoadingSkeleton />;
  else if (state.kind === 'error')
    content = <FailurePanel failure={null} message={state.message} onClose={close} />;
  else if (state.result.failure)
    content = (
      <FailurePanel failure={state.result.failure} message={state.result.message} onClose={close} />
    );
  else if (!showArticle)
    content = (
      <NotArticlePanel reasons={state.result.reasons} onTryAnyway={tryAnyway} onClose={close} />
    );
  else if (!hasArticle)
    content = <FailurePanel failure="no-content" message={state.result.message} onClose={close} />;
  else
    content = (
      <ArticleView
        result={state.result}
        html={article.html}
        titleRef={titleRef}
        bodyRef={bodyRef}
        onOpenPage={props.onOpenPage}
      />
    );

  return (
    <div
      ref={root}
      class="reader"
      tabIndex={-1}
      data-theme={settings.theme}
      data-font={settings.font}
      data-sheet-open={openPanel === 'removed' ? '' : undefined}
      style={readerStyle(settings)}
      data-testid="reader-root"
    >
      <ReaderToolbar
        hasArticle={hasArticle}
        originalUrl={originalUrl}
        removedCount={result?.removed.length ?? 0}
        openPanel={openPanel}
        speechOpen={speechOpen}
        onClose={close}
        onTogglePanel={(panel) => setOpenPanel((open) => (open === panel ? null : panel))}
        onToggleSpeech={() => {
          if (speechOpen) speech.stop();
          setSpeechOpen(!speechOpen);
        }}
        onPrint={() => window.print()}
        saveControl={props.saveControl}
        hasSiteRule={props.siteRuleControl !== undefined}
      />
      {openPanel === 'typography' && (
        <TypographyPanel settings={settings} onChange={props.onSettingsChange} />
      )}
      {openPanel === 'site' && props.siteRuleControl !== undefined && (
        <section
          id={PANEL_IDS.site}
          class="popover site-panel"
          aria-label={t('readerSiteRule')}
          data-testid="slot-site-rule"
        >
          {props.siteRuleControl}
        </section>
      )}
      {openPanel === 'removed' && result && (
        <RemovedPanel
          removed={result.removed}
          restoredIds={restoredIds}
          unplacedIds={article.unplaced}
          onToggle={toggleRemoval}
          onClose={() => closePanel('removed')}
        />
      )}
      <main class="reader-main">{content}</main>
      {speechOpen && hasArticle && (
        <SpeechBar
          supported={speech.supported}
          state={speech.state}
          rate={settings.ttsRate}
          voices={speech.voices}
          voicesLoading={speech.voicesLoading}
          voiceURI={speech.voiceURI}
          lang={result?.lang ?? null}
          onToggle={speech.toggle}
          onStop={speech.stop}
          onRate={(ttsRate) => props.onSettingsChange({ ttsRate })}
          onVoice={(ttsVoice) => props.onSettingsChange({ ttsVoice })}
          onClose={() => {
            speech.stop();
            closePanel('speech');
          }}
        />
      )}
    </div>
  );
}
