import { render } from 'preact';
import { readPage } from '../../utils/extract/read-page';
import { sendToBackground } from '../../utils/messaging/send';
import type { ArticleSource } from '../../utils/reader/article-source';
import { openedByAutoMode } from '../../utils/reader/auto-open';
import { createLiveSource } from '../../utils/reader/live-source';
import { savedIdFrom } from '../../utils/reading-list/pages';
import { createLivePort, type ReaderListPort } from '../../utils/reading-list/reader-port';
import { App } from './App';

// Mount only. The overlay shows the tab's live page; `?saved=<id>` a reading-list item from the
// store, in a tab of its own (its code, with the database's, loads only then).
const mount = (source: ArticleSource, list: ReaderListPort) =>
  render(<App source={source} list={list} />, document.getElementById('app')!);

const savedId = savedIdFrom(location.search);
if (savedId) {
  void Promise.all([
    import('../../utils/reading-list/saved-mode'),
    import('../../utils/reading-list/shared-library'),
  ]).then(([{ savedMode }, { sharedLibrary }]) => {
    const { source, list } = savedMode(sharedLibrary(), savedId, window);
    mount(source, list);
  });
} else {
  const source = createLiveSource({
    send: sendToBackground,
    readPage,
    win: window,
    autoOpened: openedByAutoMode(location.search),
  });
  source.prefetch?.();
  mount(source, createLivePort(sendToBackground));
}
