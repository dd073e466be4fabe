import { render } from 'preact';
import { readPage } from '../../utils/extract/read-page';
import { sendToBackground } from '../../utils/messaging/send';
import { createLiveSource } from '../../utils/reader/live-source';
import { App } from './App';

// Mount only. The overlay shows the tab's live page; a saved reading-list item will be another
// ArticleSource, chosen here from the URL (`?saved=<id>`) when that issue lands.
const source = createLiveSource({ send: sendToBackground, readPage, win: window });
render(<App source={source} />, document.getElementById('app')!);
