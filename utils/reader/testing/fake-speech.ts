import type { SpeechEnv, SynthLike, UtteranceLike } from '../speech';
import type { VoiceLike } from '../voices';

/**
 * A scripted `speechSynthesis` for tests: it records what is spoken and lets the test finish or
 * fail the current utterance, and fire `voiceschanged`. It behaves like Chrome in the ways that
 * matter: `cancel()` makes the spoken utterance fire `error` with `interrupted`.
 */
export class FakeSynth implements SynthLike {
  spoken: UtteranceLike[] = [];
  speaking: UtteranceLike | null = null;
  voices: VoiceLike[] = [];
  cancels = 0;
  private listeners = new Set<() => void>();

  speak(utterance: UtteranceLike): void {
    this.spoken.push(utterance);
    this.speaking = utterance;
  }

  cancel(): void {
    this.cancels++;
    const interrupted = this.speaking;
    this.speaking = null;
    interrupted?.onerror?.({ error: 'interrupted' });
  }

  getVoices(): VoiceLike[] {
    return this.voices;
  }

  addEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.add(listener);
  }

  removeEventListener(_type: 'voiceschanged', listener: () => void): void {
    this.listeners.delete(listener);
  }

  /** The voices arrive (asynchronously, as in Chrome). */
  loadVoices(voices: VoiceLike[]): void {
    this.voices = voices;
    for (const listener of this.listeners) listener();
  }

  /** The current utterance finishes. */
  finish(): void {
    const done = this.speaking;
    this.speaking = null;
    done?.onend?.({});
  }

  fail(error: string): void {
    const failed = this.speaking;
    this.speaking = null;
    failed?.onerror?.({ error });
  }

  get texts(): string[] {
    return this.spoken.map((utterance) => utterance.text);
  }

  get listenerCount(): number {
    return this.listeners.size;
  }
}

export function fakeSpeechEnv(synth = new FakeSynth()): SpeechEnv & { synth: FakeSynth } {
  return {
    synth,
    createUtterance: (text) => ({
      text,
      lang: '',
      rate: 1,
      voice: null,
      onend: null,
      onerror: null,
    }),
  };
}

export const fakeVoice = (
  name: string,
  lang: string,
  extra: Partial<VoiceLike> = {},
): VoiceLike => ({
  name,
  lang,
  voiceURI: `uri:${name}`,
  default: false,
  localService: true,
  ...extra,
});
