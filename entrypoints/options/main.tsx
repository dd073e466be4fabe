import { render } from 'preact';
import { t } from '../../utils/i18n';
import { OptionsApp } from './App';

document.title = t('optionsTitle');

render(<OptionsApp synth={globalThis.speechSynthesis} />, document.getElementById('app')!);
