import { render } from 'preact';
import { t } from '../../utils/i18n';
import { WelcomeApp } from './App';

document.title = t('welcomeTitle');
render(<WelcomeApp />, document.getElementById('app')!);
