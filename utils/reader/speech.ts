import type { VoiceLike } from './voices';

/**
 * Text-to-speech over the browser's `speechSynthesis`, a sentence per utterance. Pause cancels
 * and remembers the sentence (resume starts it again): `speechSynthesis.pause()` is unreliable
 * across browsers and voices, and a sentence is short. Every utterance carries a generation
 * number, so the `end`/`error` events of a cancelled one change nothing.
 */

export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event: unknown) => void) | null;
  onerror: ((event: { error?: string }) => void) | null;
}

export interface SynthLike {
  speak(utterance: UtteranceLike): void;
  cancel(): void;
  getVoices(): VoiceLike[];
  addEventListener(type: 'voiceschanged', listener: () => void): void;
  removeEventListener(type: 'voiceschanged', listener: () => void): void;
}

export interface SpeechEnv {
  synth: SynthLike;
  createUtterance(text: string): UtteranceLike;
}

/** The page's speech engine, or null where the browser has none. */
export function browserSpeechEnv(win: Window & typeof globalThis): SpeechEnv | null {
  const synth = (win as Partial<typeof win>).speechSynthesis;
  const Utterance = (win as Partial<typeof win>).SpeechSynthesisUtterance;
  if (!synth || typeof Utterance !== 'function') return null;
  return {
    synth: synth as unknown as SynthLike,
    createUtterance: (text) => new Utterance(text) as unknown as UtteranceLike,
  };
}

export type SpeechStatus = 'idle' | 'playing' | 'paused';

export interface SpeechState {
  status: SpeechStatus;
  /** The sentence being read, or where reading resumes. */
  index: number;
  total: number;
  /** The engine's error code (`synthesis-failed`, `not-allowed`, …) after a failure. */
  error: string | null;
}

/** Errors that mean "you cancelled me", not a failure. */
const CANCEL_ERRORS = new Set(['interrupted', 'canceled']);

export class SpeechController {
  private texts: string[] = [];
  private lang = '';
  private rate = 1;
  private voice: VoiceLike | null = null;
  private generation = 0;
  // Held so the utterance is not garbage-collected mid-sentence (Chrome then drops its events).
  private current: UtteranceLike | null = null;
  state: SpeechState = { status: 'idle', index: 0, total: 0, error: null };

  constructor(
    private readonly env: SpeechEnv,
    private readonly onChange: (state: SpeechState) => void,
  ) {}

  /** New text to read: stops, and starts again from the first sentence next time. */
  setText(texts: readonly string[], lang: string | null): void {
    this.cancel();
    this.texts = [...texts];
    this.lang = lang ?? '';
    this.update({ status: 'idle', index: 0, total: this.texts.length, error: null });
  }

  setRate(rate: number): void {
    this.rate = rate;
    this.restartIfPlaying();
  }

  setVoice(voice: VoiceLike | null): void {
    this.voice = voice;
    this.restartIfPlaying();
  }

  /** Read from `index` (default: where it stopped or paused). */
  play(index = this.state.index): void {
    if (this.texts.length === 0) return;
    const start = Math.min(Math.max(0, index), this.texts.length - 1);
    this.speak(start);
  }

  pause(): void {
    if (this.state.status !== 'playing') return;
    this.cancel();
    this.update({ ...this.state, status: 'paused' });
  }

  toggle(): void {
    if (this.state.status === 'playing') this.pause();
    else this.play();
  }

  stop(): void {
    this.cancel();
    this.update({ ...this.state, status: 'idle', index: 0 });
  }

  dispose(): void {
    this.cancel();
  }

  private restartIfPlaying(): void {
    if (this.state.status === 'playing') this.speak(this.state.index);
  }

  private cancel(): void {
    this.generation++;
    this.current = null;
    if (this.state.status === 'playing') this.env.synth.cancel();
  }

  private speak(index: number): void {
    this.cancel();
    const generation = this.generation;
    const utterance = this.env.createUtterance(this.texts[index]!);
    utterance.lang = this.lang;
    utterance.rate = this.rate;
    if (this.voice) utterance.voice = this.voice;
    utterance.onend = () => {
      if (generation !== this.generation) return;
      if (index + 1 < this.texts.length) this.speak(index + 1);
      else {
        this.current = null;
        this.update({ ...this.state, status: 'idle', index: 0 });
      }
    };
    utterance.onerror = (event) => {
      if (generation !== this.generation || CANCEL_ERRORS.has(event.error ?? '')) return;
      this.current = null;
      this.update({ ...this.state, status: 'paused', error: event.error ?? 'unknown' });
    };
    this.current = utterance;
    this.update({ ...this.state, status: 'playing', index, error: null });
    this.env.synth.speak(utterance);
  }

  private update(state: SpeechState): void {
    this.state = state;
    this.onChange(state);
  }
}

/**
 * Call `callback` with the voice list now and whenever it changes. Chrome fills the list
 * asynchronously and announces it with `voiceschanged`; some engines never fire it, so the list is
 * asked for again a few times while it is empty. Returns the unsubscribe function.
 */
export function watchVoices(synth: SynthLike, callback: (voices: VoiceLike[]) => void): () => void {
  const report = () => callback(synth.getVoices());
  synth.addEventListener('voiceschanged', report);
  const timers = [250, 1000, 3000].map((delay) =>
    setTimeout(() => {
      if (synth.getVoices().length > 0) report();
    }, delay),
  );
  report();
  return () => {
    synth.removeEventListener('voiceschanged', report);
    timers.forEach(clearTimeout);
  };
}
