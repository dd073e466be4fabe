import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { freshLibrary, sampleInput } from '../../utils/library/test-helpers';
import type { Library } from '../../utils/library/library';
import type { DomWindow } from '../../utils/sanitize';
import { savedMode } from '../../utils/reading-list/saved-mode';
import { treeProblems } from '../../tests/security/safe-html';
import { KEPT_TEXT, STORED_PAYLOAD } from '../../tests/security/stored-payloads';
import { App } from '../reader/App';

/**
 * The saved reader (reader.html?saved=<id>) on bodies written straight into IndexedDB, behind the
 * library's back, holding what today's sanitizer removes: a saved article and an imported one.
 * What the reader puts in its DOM holds none of it (security.md: sanitize at the sink, every
 * time, including articles loaded back from storage).
 */
const win = window as DomWindow;
let container: HTMLElement;

beforeEach(() => {
  fakeBrowser.reset();
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  act(() => render(null, container));
  document.body.replaceChildren();
});

async function settle() {
  for (let i = 0; i < 8; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function showSaved(library: Library, id: string): Promise<HTMLElement> {
  const { source, list } = savedMode(library, id, win);
  act(() => render(<App source={source} list={list} />, container));
  await settle();
  const body = container.querySelector<HTMLElement>('[data-testid="article-body"]');
  if (!body) throw new Error(`no article body: ${container.textContent}`);
  return body;
}

function expectClean(body: HTMLElement) {
  expect(treeProblems(body)).toEqual([]);
  for (const text of KEPT_TEXT) expect(body.textContent).toContain(text);
  expect(body.innerHTML).not.toMatch(
    /__lectorCanary|javascript:|srcdoc|onerror|referrerpolicy|<svg|<math/i,
  );
}

/** An import: one article exported from a library, imported into a fresh one. */
async function importedArticle(): Promise<{
  library: Library;
  id: string;
  db: ReturnType<typeof freshLibrary>['db'];
}> {
  const origin = freshLibrary();
  await origin.library.save(sampleInput({ url: 'https://example.com/imported' }));
  const file = await origin.library.exportFile('lector-json', win);
  const target = freshLibrary();
  await target.library.importFile({ name: file.name, bytes: file.bytes }, win);
  const [item] = (await target.library.list()).items;
  return { library: target.library, id: item!.id, db: target.db };
}

describe('the saved reader on a stored body holding a payload', () => {
  it('a saved article: the payload is gone from the DOM, the text is there', async () => {
    const { library, db } = freshLibrary();
    const saved = await library.save(sampleInput());
    await db.bodies.put({
      id: saved.id,
      content: STORED_PAYLOAD,
      textContent: KEPT_TEXT.join(' '),
    });
    expect((await library.get(saved.id))?.content).toContain('onerror');
    expectClean(await showSaved(library, saved.id));
  });

  it('an imported article: the same', async () => {
    const { library, id, db } = await importedArticle();
    await db.bodies.put({ id, content: STORED_PAYLOAD, textContent: KEPT_TEXT.join(' ') });
    expect((await library.get(id))?.content).toContain('srcdoc');
    expectClean(await showSaved(library, id));
  });
});
