import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n';
import { LIMITS, type Settings } from '../../utils/settings';
import { RangeControl } from '../../components/RangeControl';

export interface SpeechSettingsProps {
  settings: Settings;
  onChange: (change: Partial<Settings>) => void;
  /** The browser's speech engine; absent in some browsers and in tests. */
  synth?: Pick<SpeechSynthesis, 'getVoices' | 'addEventListener' | 'removeEventListener'>;
}

/** Reading aloud: speed and voice (the browser's own voices; the list fills in late in Chrome). */
export function SpeechSettings({ settings, onChange, synth }: SpeechSettingsProps) {
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>([]);
  useEffect(() => {
    if (!synth) return;
    const update = () => setVoices(synth.getVoices());
    update();
    synth.addEventListener('voiceschanged', update);
    return () => synth.removeEventListener('voiceschanged', update);
  }, [synth]);

  return (
    <div class="speech" data-testid="speech-settings">
      <RangeControl
        id="speech-rate"
        label={t('optionsSpeechRate')}
        value={settings.ttsRate}
        limits={LIMITS.ttsRate}
        format={(value) => t('optionsSpeechRateValue', value.toFixed(1))}
        onChange={(ttsRate) => onChange({ ttsRate })}
      />
      <div class="field">
        <label for="speech-voice">{t('optionsSpeechVoice')}</label>
        <select
          id="speech-voice"
          value={settings.ttsVoice}
          data-testid="speech-voice"
          onChange={(event) => onChange({ ttsVoice: event.currentTarget.value })}
        >
          <option value="">{t('optionsSpeechVoiceDefault')}</option>
          {voices.map((voice) => (
            <option key={voice.voiceURI} value={voice.voiceURI}>
              {`${voice.name} (${voice.lang})`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
