import { t } from '../utils/i18n';
import type { SpeechState } from '../utils/reader/speech';
import { languageName } from '../utils/reader/ui-language';
import type { OrderedVoices, VoiceLike } from '../utils/reader/voices';
import { LIMITS } from '../utils/settings';
import { Icon } from './Icon';
import { PANEL_IDS } from './ReaderToolbar';
import { RangeControl } from './RangeControl';

export interface SpeechBarProps {
  /** False where the browser has no speech synthesis: the bar says so instead. */
  supported: boolean;
  state: SpeechState;
  rate: number;
  voices: OrderedVoices<VoiceLike>;
  /** The browser is still listing its voices (Chrome fills the list asynchronously). */
  voicesLoading: boolean;
  /** The voice in use ('' = the browser's default). */
  voiceURI: string;
  lang: string | null;
  onToggle: () => void;
  onStop: () => void;
  onRate: (rate: number) => void;
  onVoice: (voiceURI: string) => void;
  onClose: () => void;
}

/**
 * Text-to-speech controls (play/pause, stop, speed, voice, progress); appears at the bottom of
 * the reader after the toolbar's "Listen" button.
 */
export function SpeechBar(props: SpeechBarProps) {
  const { state, voices } = props;
  const playing = state.status === 'playing';
  const loading = props.voicesLoading && voices.forLanguage.length + voices.other.length === 0;
  return (
    <section
      id={PANEL_IDS.speech}
      class="speech-bar"
      aria-label={t('readerSpeechHeading')}
      data-testid="speech-bar"
    >
      {props.supported ? (
        <>
          <button
            type="button"
            class="icon-button play-button"
            aria-label={playing ? t('readerSpeechPause') : t('readerSpeechPlay')}
            title={playing ? t('readerSpeechPause') : t('readerSpeechPlay')}
            onClick={props.onToggle}
            data-testid="speech-toggle"
          >
            <Icon name={playing ? 'pause' : 'play'} />
          </button>
          <button
            type="button"
            class="icon-button"
            aria-label={t('readerSpeechStop')}
            title={t('readerSpeechStop')}
            disabled={state.status === 'idle'}
            onClick={props.onStop}
            data-testid="speech-stop"
          >
            <Icon name="stop" />
          </button>
          <RangeControl
            id="reader-speech-rate"
            label={t('readerSpeechRate')}
            value={props.rate}
            limits={LIMITS.ttsRate}
            format={(value) => t('readerSpeechRateValue', value.toFixed(1))}
            onChange={props.onRate}
          />
          <div class="voice-control">
            <label for="reader-speech-voice">{t('readerSpeechVoice')}</label>
            <select
              id="reader-speech-voice"
              value={props.voiceURI}
              onChange={(event) => props.onVoice(event.currentTarget.value)}
              data-testid="speech-voice"
            >
              <option value="">
                {loading ? t('readerSpeechLoadingVoices') : t('readerSpeechDefaultVoice')}
              </option>
              {voices.forLanguage.length > 0 && (
                <optgroup
                  label={t('readerSpeechVoicesFor', languageName(props.lang ?? ''))}
                  data-testid="voices-for-language"
                >
                  {voices.forLanguage.map((voice) => (
                    <option key={voice.voiceURI} value={voice.voiceURI}>
                      {voice.name}
                    </option>
                  ))}
                </optgroup>
              )}
              {voices.other.length > 0 && (
                <optgroup label={t('readerSpeechOtherVoices')}>
                  {voices.other.map((voice) => (
                    <option key={voice.voiceURI} value={voice.voiceURI}>
                      {voice.name} ({voice.lang})
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          </div>
          {state.error ? (
            <p class="speech-status" role="alert" data-testid="speech-status">
              {t('readerSpeechError', state.error)}
            </p>
          ) : (
            // Not a live region: announcing every sentence would talk over the voice.
            <p class="speech-status" data-testid="speech-status">
              {state.status !== 'idle' && state.total > 0
                ? t('readerSpeechProgress', [String(state.index + 1), String(state.total)])
                : ''}
            </p>
          )}
        </>
      ) : (
        <p class="speech-status" data-testid="speech-unavailable">
          {t('readerSpeechUnavailable')}
        </p>
      )}
      <button
        type="button"
        class="icon-button speech-close"
        aria-label={t('readerSpeechClose')}
        title={t('readerSpeechClose')}
        onClick={props.onClose}
        data-testid="speech-close"
      >
        <Icon name="close" />
      </button>
    </section>
  );
}
