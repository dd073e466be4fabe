import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SPEAKING_BLOCK_CLASS } from '../../utils/reader/highlight';
import { fakeSpeechEnv, fakeVoice } from '../../utils/reader/testing/fake-speech';
import { mountReader } from './reader-harness';
import { cleanup, click, input } from './render';

afterEach(cleanup);

function openSpeech(options: Parameters<typeof mountReader>[0] = {}) {
  const env = fakeSpeechEnv();
  const view = mountReader({ speech: env, ...options });
  click(view.get('toggle-speech'));
  return { view, synth: env.synth };
}

const VOICES = [
  fakeVoice('Amélie', 'fr-FR'),
  fakeVoice('Daniel', 'en-GB'),
  fakeVoice('Samantha', 'en-US', { default: true }),
];

describe('Reader text-to-speech', () => {
  it('opens the speech bar from the toolbar', () => {
    const { view } = openSpeech();
    expect(view.get('toggle-speech').getAttribute('aria-expanded')).toBe('true');
    expect(view.get('speech-bar').getAttribute('aria-label')).toBe('Listen to this article');
    expect(view.get('speech-toggle').getAttribute('aria-label')).toBe('Play');
  });

  it('lists voices when they arrive, those for the article language first', () => {
    const { view, synth } = openSpeech();
    const select = view.get<HTMLSelectElement>('speech-voice');
    expect(select.options[0]!.textContent).toBe('Loading voices…');
    act(() => synth.loadVoices(VOICES));
    expect(select.options[0]!.textContent).toBe('Browser default');
    const group = view.get<HTMLOptGroupElement>('voices-for-language');
    expect(group.label).toBe('Voices for English');
    expect(Array.from(group.querySelectorAll('option'), (o) => o.textContent)).toEqual([
      'Samantha',
      'Daniel',
    ]);
    expect(select.value).toBe('uri:Samantha');
  });

  it('reads the title and then the article, a sentence at a time, highlighting each', () => {
    const { view, synth } = openSpeech();
    act(() => synth.loadVoices(VOICES));
    click(view.get('speech-toggle'));
    expect(synth.speaking).toMatchObject({ text: 'The harbour flooded overnight', lang: 'en' });
    expect(synth.speaking?.voice?.name).toBe('Samantha');
    expect(view.get('speech-toggle').getAttribute('aria-label')).toBe('Pause');
    expect(view.get('speech-status').textContent).toBe('Sentence 1 of 5');
    // jsdom has no CSS Custom Highlight API: the block is marked instead.
    expect(view.get('article-title').classList.contains(SPEAKING_BLOCK_CLASS)).toBe(true);

    act(() => synth.finish());
    expect(synth.speaking?.text).toBe('The tide rose faster than anyone expected.');
    expect(view.get('article-title').classList.contains(SPEAKING_BLOCK_CLASS)).toBe(false);
    expect(view.get('article-body').querySelector('p')!.classList).toContain(SPEAKING_BLOCK_CLASS);
    act(() => synth.finish());
    expect(synth.speaking?.text).toBe('A boat on the quay.');
  });

  it('pauses and resumes at the same sentence; stop goes back to the start', () => {
    const { view, synth } = openSpeech();
    click(view.get('speech-toggle'));
    act(() => synth.finish());
    click(view.get('speech-toggle'));
    expect(synth.speaking).toBeNull();
    expect(view.get('speech-toggle').getAttribute('aria-label')).toBe('Play');
    click(view.get('speech-toggle'));
    expect(synth.speaking?.text).toBe('The tide rose faster than anyone expected.');
    click(view.get('speech-stop'));
    expect(synth.speaking).toBeNull();
    expect(view.container.querySelector(`.${SPEAKING_BLOCK_CLASS}`)).toBeNull();
    expect(view.get<HTMLButtonElement>('speech-stop').disabled).toBe(true);
  });

  it('saves speed and voice through the settings', () => {
    const { view, synth } = openSpeech();
    act(() => synth.loadVoices(VOICES));
    input(view.get<HTMLInputElement>('reader-speech-rate'), '1.3');
    input(view.get<HTMLSelectElement>('speech-voice'), 'uri:Daniel', 'change');
    expect(view.onSettingsChange.mock.calls.map(([change]) => change)).toEqual([
      { ttsRate: 1.3 },
      { ttsVoice: 'uri:Daniel' },
    ]);
    view.update({ settings: { ...view.props.settings, ttsRate: 1.3, ttsVoice: 'uri:Daniel' } });
    click(view.get('speech-toggle'));
    expect(synth.speaking).toMatchObject({ rate: 1.3 });
    expect(synth.speaking?.voice?.name).toBe('Daniel');
  });

  it('stops reading when the speech bar is closed, and when the reader closes', () => {
    const { view, synth } = openSpeech();
    click(view.get('speech-toggle'));
    click(view.get('speech-close'));
    expect(synth.speaking).toBeNull();
    expect(view.query('speech-bar')).toBeNull();
    expect(document.activeElement).toBe(view.get('toggle-speech'));
    click(view.get('toggle-speech'));
    click(view.get('speech-toggle'));
    click(view.get('reader-close'));
    expect(synth.speaking).toBeNull();
    expect(view.onClose).toHaveBeenCalledOnce();
  });

  it('stops when a removed block is put back (the article DOM changed)', () => {
    const { view, synth } = openSpeech();
    click(view.get('speech-toggle'));
    click(view.get('toggle-removed'));
    click(view.get('removed-toggle'));
    expect(synth.speaking).toBeNull();
    expect(view.get('speech-toggle').getAttribute('aria-label')).toBe('Play');
  });

  it('says so on an engine error', () => {
    const { view, synth } = openSpeech();
    click(view.get('speech-toggle'));
    act(() => synth.fail('synthesis-failed'));
    expect(view.get('speech-status').getAttribute('role')).toBe('alert');
    expect(view.get('speech-status').textContent).toBe(
      "Reading aloud stopped: the browser's speech engine failed (synthesis-failed). Another voice may work.",
    );
  });

  it('stops saying "Loading voices…" when no voice arrives', () => {
    vi.useFakeTimers();
    try {
      const { view } = openSpeech();
      const select = view.get<HTMLSelectElement>('speech-voice');
      expect(select.options[0]!.textContent).toBe('Loading voices…');
      act(() => {
        vi.advanceTimersByTime(3500);
      });
      expect(select.options[0]!.textContent).toBe('Browser default');
    } finally {
      vi.useRealTimers();
    }
  });

  it('explains when the browser has no speech synthesis', () => {
    const view = mountReader({ speech: null });
    click(view.get('toggle-speech'));
    expect(view.get('speech-unavailable').textContent).toContain('no text-to-speech voices');
    expect(view.query('speech-toggle')).toBeNull();
  });

  it('reads an article in its own language', () => {
    const { view, synth } = openSpeech({ result: { lang: 'fr', title: 'Le port a débordé' } });
    act(() => synth.loadVoices(VOICES));
    click(view.get('speech-toggle'));
    expect(synth.speaking).toMatchObject({ text: 'Le port a débordé', lang: 'fr' });
    expect(synth.speaking?.voice?.name).toBe('Amélie');
  });
});
