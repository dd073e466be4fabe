import { resetAutoModeAndAccess } from '../../utils/auto-mode/rule-choices';
import { t } from '../../utils/i18n';
import { libraryUrl } from '../../utils/reading-list/pages';
import { resetSettings, saveSettings, type Settings } from '../../utils/settings';
import { AddSiteForm } from './AddSiteForm';
import { AutoModeSettings } from './AutoModeSettings';
import { ReadingSettings } from './ReadingSettings';
import { ResetSettings } from './ResetSettings';
import { SiteRulesList } from './SiteRulesList';
import { SpeechSettings } from './SpeechSettings';
import { useAutoMode, useSettings } from './use-options-state';

export interface OptionsAppProps {
  synth?: SpeechSettingsSynth;
}
type SpeechSettingsSynth = Parameters<typeof SpeechSettings>[0]['synth'];

let saving: Promise<unknown> = Promise.resolve();

/** saveSettings reads, merges and writes: quick changes go one after another, or one is lost. */
function saveInOrder(change: Partial<Settings>): Promise<unknown> {
  saving = saving.then(() => saveSettings(change)).catch(() => {});
  return saving;
}

/**
 * The options page: every setting, saved as it changes (the stored values are the truth: the
 * page re-renders from storage, so a change made elsewhere shows here too).
 */
export function OptionsApp({ synth }: OptionsAppProps) {
  const settings = useSettings();
  const autoMode = useAutoMode();
  const save = (change: Partial<Settings>) => void saveInOrder(change);

  return (
    <main class="page" data-testid="options">
      <h1>{t('optionsTitle')}</h1>
      <p class="lead">{t('optionsSaved')}</p>
      {settings && (
        <>
          <ReadingSettings settings={settings} onChange={save} />
          <section class="card" aria-labelledby="speech-title">
            <h2 id="speech-title">{t('optionsSpeechTitle')}</h2>
            <SpeechSettings settings={settings} onChange={save} synth={synth} />
          </section>
        </>
      )}
      {autoMode && (
        <section class="card" aria-labelledby="auto-title">
          <h2 id="auto-title">{t('optionsAutoTitle')}</h2>
          <AutoModeSettings state={autoMode} />
          <h3>{t('optionsRulesTitle')}</h3>
          <SiteRulesList state={autoMode} />
          <AddSiteForm />
        </section>
      )}
      <section class="card" aria-labelledby="library-title">
        <h2 id="library-title">{t('libraryOptionsTitle')}</h2>
        <p>{t('libraryOptionsText')}</p>
        <a href={libraryUrl()} data-testid="options-open-library">
          {t('libraryOptionsLink')}
        </a>
      </section>
      <section class="card" aria-labelledby="reset-title">
        <h2 id="reset-title">{t('optionsResetTitle')}</h2>
        <ResetSettings
          onReset={async () => {
            await resetSettings();
            await resetAutoModeAndAccess();
          }}
        />
      </section>
    </main>
  );
}
