import { afterEach, describe, expect, it, vi } from 'vitest';
import { browserSpeechEnv, SpeechController, watchVoices, type SpeechState } from './speech';
import { FakeSynth, fakeSpeechEnv, fakeVoice } from './testing/fake-speech';

function setup(texts = ['One.', 'Two.', 'Three.']) {
  const env = fakeSpeechEnv();
  const states: SpeechState[] = [];
  const controller = new SpeechController(env, (state) => states.push(state));
  controller.setText(texts, 'en');
  return { synth: env.synth, controller, states };
}

describe('SpeechController', () => {
  it('reads sentence after sentence, then returns to idle at the start', () => {
    const { synth, controller } = setup();
    controller.play();
    expect(controller.state).toMatchObject({ status: 'playing', index: 0, total: 3 });
    synth.finish();
    expect(controller.state.index).toBe(1);
    synth.finish();
    synth.finish();
    expect(synth.texts).toEqual(['One.', 'Two.', 'Three.']);
    expect(controller.state).toMatchObject({ status: 'idle', index: 0 });
  });

  it('sets the language, rate and voice on each utterance', () => {
    const { synth, controller } = setup();
    const voice = fakeVoice('Anna', 'en-GB');
    controller.setRate(1.5);
    controller.setVoice(voice);
    controller.play();
    expect(synth.speaking).toMatchObject({ lang: 'en', rate: 1.5, voice });
  });

  it('pauses at a sentence and resumes it from its start', () => {
    const { synth, controller } = setup();
    controller.play();
    synth.finish();
    controller.pause();
    expect(controller.state).toMatchObject({ status: 'paused', index: 1 });
    expect(synth.speaking).toBeNull();
    // The interrupted utterance's error event did not move anything on.
    expect(synth.texts).toEqual(['One.', 'Two.']);
    controller.toggle();
    expect(controller.state).toMatchObject({ status: 'playing', index: 1 });
    expect(synth.texts).toEqual(['One.', 'Two.', 'Two.']);
  });

  it('stops and starts over', () => {
    const { synth, controller } = setup();
    controller.play(2);
    controller.stop();
    expect(controller.state).toMatchObject({ status: 'idle', index: 0 });
    expect(synth.speaking).toBeNull();
    synth.finish();
    expect(synth.texts).toEqual(['Three.']);
  });

  it('restarts the current sentence when the rate or voice changes while playing', () => {
    const { synth, controller } = setup();
    controller.play(1);
    controller.setRate(2);
    expect(synth.texts).toEqual(['Two.', 'Two.']);
    expect(synth.speaking?.rate).toBe(2);
    controller.setVoice(fakeVoice('B', 'en'));
    expect(synth.texts).toHaveLength(3);
    controller.pause();
    controller.setRate(1);
    expect(synth.texts).toHaveLength(3);
  });

  it('ignores events of a cancelled utterance', () => {
    const { synth, controller } = setup();
    controller.play();
    const first = synth.speaking!;
    controller.play(2);
    first.onend?.({});
    expect(controller.state.index).toBe(2);
    expect(synth.texts).toEqual(['One.', 'Three.']);
  });

  it('stops on an engine error and says which', () => {
    const { synth, controller } = setup();
    controller.play();
    synth.fail('synthesis-failed');
    expect(controller.state).toMatchObject({
      status: 'paused',
      index: 0,
      error: 'synthesis-failed',
    });
    controller.play();
    expect(controller.state.error).toBeNull();
  });

  it('new text stops reading and starts from the top', () => {
    const { synth, controller } = setup();
    controller.play(1);
    controller.setText(['Other.'], 'fr');
    expect(synth.speaking).toBeNull();
    expect(controller.state).toMatchObject({ status: 'idle', index: 0, total: 1 });
    controller.play(5);
    expect(synth.speaking).toMatchObject({ text: 'Other.', lang: 'fr' });
  });

  it('does nothing with no text', () => {
    const { synth, controller } = setup([]);
    controller.play();
    expect(synth.spoken).toEqual([]);
    expect(controller.state.status).toBe('idle');
  });
});

describe('watchVoices', () => {
  afterEach(() => vi.useRealTimers());

  it('reports the list now and when voiceschanged fires, until unsubscribed', () => {
    const synth = new FakeSynth();
    const seen: string[][] = [];
    const stop = watchVoices(synth, (voices) => seen.push(voices.map((v) => v.name)));
    expect(seen).toEqual([[]]);
    synth.loadVoices([fakeVoice('A', 'en')]);
    expect(seen.at(-1)).toEqual(['A']);
    stop();
    expect(synth.listenerCount).toBe(0);
  });

  it('asks again while the list is empty, for engines that never fire the event', () => {
    vi.useFakeTimers();
    const synth = new FakeSynth();
    const seen: number[] = [];
    const stop = watchVoices(synth, (voices) => seen.push(voices.length));
    synth.voices = [fakeVoice('A', 'en')];
    vi.advanceTimersByTime(300);
    expect(seen).toEqual([0, 1]);
    stop();
  });
});

describe('browserSpeechEnv', () => {
  it('is null where the browser has no speech synthesis', () => {
    expect(browserSpeechEnv({} as Window & typeof globalThis)).toBeNull();
  });

  it('wraps the page speech engine', () => {
    const synth = new FakeSynth();
    class Utterance {
      constructor(public text: string) {}
    }
    const env = browserSpeechEnv({
      speechSynthesis: synth,
      SpeechSynthesisUtterance: Utterance,
    } as unknown as Window & typeof globalThis);
    expect(env?.synth).toBe(synth);
    expect(env?.createUtterance('Hi')).toBeInstanceOf(Utterance);
  });
});
