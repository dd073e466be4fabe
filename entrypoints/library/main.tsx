import { render } from 'preact';
import { t } from '../../utils/i18n';
import { uiLanguage } from '../../utils/reader/ui-language';
import { sharedLibrary } from '../../utils/reading-list/shared-library';
import { LibraryApp } from './App';

document.documentElement.lang = uiLanguage();
document.title = t('libraryTitle');
const library = sharedLibrary();
render(<LibraryApp library={library} />, document.getElementById('app')!);
// Keep the search index's snapshot fresh when the page is put away (cheap unless far behind).
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void library.searchIndex.persistIfStale();
});
