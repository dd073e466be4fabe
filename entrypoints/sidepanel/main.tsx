import { render } from 'preact';
import { PanelApp } from './PanelApp';

document.documentElement.lang = navigator.language || 'en';
render(<PanelApp />, document.getElementById('app')!);
