import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { createSentenceHighlighter, scrollRectIntoView } from '../../utils/reader/highlight';
import {
  SpeechController,
  watchVoices,
  type SpeechEnv,
  type SpeechState,
} from '../../utils/reader/speech';
import {
  collectSpeechSegments,
  firstVisibleSegment,
  type SpeechSegment,
} from '../../utils/reader/speech-segments';
import { orderVoices, pickVoice, type VoiceLike } from '../../utils/reader/voices';

export interface UseSpeechOptions {
  env: SpeechEnv | null;
  lang: string | null;
  rate: number;
  /** The saved voice choice ('' = default for the language). */
  savedVoiceURI: string;
  /** The elements to read, in order (the title, then the body); asked for when playing starts. */
  getRoots: () => Element[];
  /** The scrolling element and the height of what covers its top (the sticky toolbar). */
  getScroller: () => { element: HTMLElement; topInset: number; bottomInset: number } | null;
  reducedMotion: boolean;
  /** Changes whenever the article's DOM is rebuilt: reading stops, sentences are collected again. */
  contentKey: unknown;
}

const VOICES_PATIENCE_MS = 3000;

const IDLE: SpeechState = { status: 'idle', index: 0, total: 0, error: null };

/**
 * Text-to-speech for the reader: wraps SpeechController (utils/reader/speech.ts), keeps the voice
 * list current, and highlights and scrolls to the sentence being read.
 */
export function useSpeech(options: UseSpeechOptions) {
  const { env, lang, rate, savedVoiceURI, contentKey } = options;
  const [state, setState] = useState<SpeechState>(IDLE);
  const [voices, setVoices] = useState<VoiceLike[]>([]);
  const controller = useMemo(() => (env ? new SpeechController(env, setState) : null), [env]);
  const highlighter = useMemo(() => createSentenceHighlighter(window), []);
  const segments = useRef<SpeechSegment[] | null>(null);
  const latest = useRef(options);
  latest.current = options;

  // "Loading voices…" until the list arrives, or until it is clear none will (headless, or an
  // engine without voices): then the picker offers the browser's default.
  const [voicesSettled, setVoicesSettled] = useState(false);
  useEffect(() => {
    if (!env) return;
    const timer = setTimeout(() => setVoicesSettled(true), VOICES_PATIENCE_MS);
    const stop = watchVoices(env.synth, (list) => {
      setVoices(list);
      if (list.length > 0) setVoicesSettled(true);
    });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [env]);

  const ordered = useMemo(() => orderVoices(voices, lang), [voices, lang]);
  const voice = useMemo(
    () => pickVoice(voices, lang, savedVoiceURI),
    [voices, lang, savedVoiceURI],
  );
  useEffect(() => controller?.setVoice(voice), [controller, voice]);
  useEffect(() => controller?.setRate(rate), [controller, rate]);

  // Stop on a new article DOM, on unmount, and when the page goes away (an overlay frame removed
  // mid-sentence would otherwise keep talking in some browsers).
  useEffect(() => {
    segments.current = null;
    controller?.setText([], lang);
    highlighter.clear();
  }, [controller, contentKey, lang, highlighter]);
  useEffect(() => {
    if (!controller) return;
    const stop = () => controller.stop();
    window.addEventListener('pagehide', stop);
    return () => {
      window.removeEventListener('pagehide', stop);
      controller.dispose();
      highlighter.clear();
    };
  }, [controller, highlighter]);

  // Highlight the sentence and keep it in view while reading.
  useEffect(() => {
    const segment = segments.current?.[state.index];
    if (state.status === 'idle' || !segment) {
      highlighter.clear();
      return;
    }
    highlighter.show(segment.range, segment.block);
    const scroller = latest.current.getScroller();
    if (state.status === 'playing' && scroller) {
      // jsdom has no Range geometry; the block is a good enough stand-in there.
      const rect =
        typeof segment.range.getBoundingClientRect === 'function'
          ? segment.range.getBoundingClientRect()
          : segment.block.getBoundingClientRect();
      scrollRectIntoView(rect, scroller.element, {
        topInset: scroller.topInset,
        bottomInset: scroller.bottomInset,
        smooth: !latest.current.reducedMotion,
      });
    }
  }, [state.status, state.index, highlighter]);

  const toggle = useCallback(() => {
    if (!controller) return;
    if (state.status !== 'idle') {
      controller.toggle();
      return;
    }
    // Starting afresh: collect the sentences now (the DOM is final) and start at the first one
    // on screen, which is where the reader is.
    const found = collectSpeechSegments(latest.current.getRoots(), lang);
    segments.current = found;
    controller.setText(
      found.map((segment) => segment.text),
      lang,
    );
    const scroller = latest.current.getScroller();
    const top = scroller ? scroller.element.getBoundingClientRect().top + scroller.topInset : 0;
    controller.play(firstVisibleSegment(found, top));
  }, [controller, state.status, lang]);

  const stop = useCallback(() => controller?.stop(), [controller]);

  return {
    supported: controller !== null,
    state,
    voices: ordered,
    voicesLoading: !voicesSettled,
    voiceURI: voice?.voiceURI ?? '',
    toggle,
    stop,
  };
}
