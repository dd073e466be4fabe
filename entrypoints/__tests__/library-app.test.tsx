import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup, click, input, mount } from '../../components/__tests__/render';
import { freshLibrary, sampleInput } from '../../utils/library/test-helpers';
import type { Library } from '../../utils/library/library';
import { LibraryApp } from '../library/App';

const SAMPLES = resolve(import.meta.dirname, '..', '..', 'tests', 'library-samples');
const DAY = 24 * 60 * 60 * 1000;

beforeEach(() => {
  fakeBrowser.reset();
  URL.createObjectURL = vi.fn(() => 'blob:lector/export');
  URL.revokeObjectURL = vi.fn();
});
afterEach(cleanup);

async function settle() {
  for (let i = 0; i < 8; i++) {
    await act(async () => {
      await new Promise((done) => setTimeout(done, 15));
    });
  }
}

const titles = (container: Element) =>
  Array.from(container.querySelectorAll('[data-testid="list-item-title"]'), (a) => a.textContent);

async function seed(library: Library) {
  const ids: Record<string, string> = {};
  const add = async (title: string, url: string, extra: Parameters<typeof sampleInput>[0] = {}) =>
    (ids[title] = (await library.save(sampleInput({ title, url, ...extra }))).id);
  await add('Bicycles in Utrecht', 'https://cycling.example/utrecht', {
    siteName: 'Cycling Weekly',
    textContent: 'Utrecht built the largest bicycle parking in the world.',
  });
  await add('Quiet streets', 'https://example.com/streets');
  await add('Harbour flood', 'https://example.com/harbour', {
    textContent: 'A storm surge reached the fishermen overnight.',
  });
  await library.setStatus(ids['Quiet streets']!, 'read');
  await library.setTags(ids['Harbour flood']!, ['storms']);
  return ids;
}

function fileInput(view: ReturnType<typeof mount>, files: File[]) {
  const picker = view.get<HTMLInputElement>('import-file');
  Object.defineProperty(picker, 'files', { value: files, configurable: true });
  act(() => {
    picker.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('the library page', () => {
  it('lists newest first, with counts, and sorts by title or site', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<LibraryApp library={library} />);
    await settle();
    expect(titles(view.container)).toEqual([
      'Harbour flood',
      'Quiet streets',
      'Bicycles in Utrecht',
    ]);
    expect(view.get('library-counts').textContent).toBe(
      'In all: 3 · unread: 2 · read: 1 · archived: 0',
    );
    expect(view.get('filter-unread').textContent).toContain('2');
    input(view.get<HTMLSelectElement>('library-sort'), 'title', 'change');
    await settle();
    expect(titles(view.container)).toEqual([
      'Bicycles in Utrecht',
      'Harbour flood',
      'Quiet streets',
    ]);
    input(view.get<HTMLSelectElement>('library-sort'), 'oldest', 'change');
    await settle();
    expect(titles(view.container)[0]).toBe('Bicycles in Utrecht');
  });

  it('filters by status, site and tag', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<LibraryApp library={library} />);
    await settle();
    click(view.get('filter-read'));
    await settle();
    expect(titles(view.container)).toEqual(['Quiet streets']);
    click(view.get('filter-all'));
    input(view.get<HTMLSelectElement>('library-site'), 'Cycling Weekly', 'change');
    await settle();
    expect(titles(view.container)).toEqual(['Bicycles in Utrecht']);
    input(view.get<HTMLSelectElement>('library-site'), '', 'change');
    input(view.get<HTMLSelectElement>('library-tag'), 'storms', 'change');
    await settle();
    expect(titles(view.container)).toEqual(['Harbour flood']);
  });

  it('searches titles and text as you type, within the filters', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<LibraryApp library={library} />);
    await settle();
    input(view.get<HTMLInputElement>('list-search'), 'parking');
    await settle();
    expect(titles(view.container)).toEqual(['Bicycles in Utrecht']);
    input(view.get<HTMLInputElement>('list-search'), 'street');
    await settle();
    expect(titles(view.container)).toEqual(['Quiet streets']);
    click(view.get('filter-unread'));
    await settle();
    expect(view.get('list-empty').textContent).toContain('No saved article matches');
  });

  it('adds and removes tags', async () => {
    const { library } = freshLibrary();
    const ids = await seed(library);
    const view = mount(<LibraryApp library={library} />);
    await settle();
    const [harbour] = view.all('list-item');
    const field = harbour!.querySelector<HTMLInputElement>('[data-testid="tag-input"]')!;
    input(field, ' tides ');
    act(() => {
      field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await settle();
    expect((await library.get(ids['Harbour flood']!))?.tags).toEqual(['storms', 'tides']);
    click(view.all('list-item')[0]!.querySelector('[data-testid="tag-remove"]')!);
    await settle();
    expect((await library.get(ids['Harbour flood']!))?.tags).toEqual(['tides']);
    expect(view.all('list-item')[0]!.textContent).toContain('tides');
  });

  it('marks read, archives, deletes with Undo', async () => {
    const { library } = freshLibrary();
    const ids = await seed(library);
    const view = mount(<LibraryApp library={library} />);
    await settle();
    click(view.all('action-archive')[0]!);
    await settle();
    expect((await library.get(ids['Harbour flood']!))?.status).toBe('archived');
    click(view.all('action-delete')[2]!);
    await settle();
    expect(titles(view.container)).toEqual(['Harbour flood', 'Quiet streets']);
    expect(view.get('list-notice').textContent).toContain('Deleted “Bicycles in Utrecht”.');
    click(view.get('list-undo'));
    await settle();
    expect(titles(view.container)).toContain('Bicycles in Utrecht');
  });

  it('deletes a selection and undoes it', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<LibraryApp library={library} />);
    await settle();
    click(view.get('select-page'));
    expect(view.get('selection-bar').textContent).toContain('3 selected');
    click(view.get('delete-selected'));
    await settle();
    expect(titles(view.container)).toEqual([]);
    expect(view.get('list-notice').textContent).toContain('Deleted 3 articles.');
    click(view.get('list-undo'));
    await settle();
    expect(titles(view.container)).toHaveLength(3);
  });

  it('exports the selection (an EPUB by default) and the whole list', async () => {
    const { library } = freshLibrary();
    const ids = await seed(library);
    const exportFile = vi.spyOn(library, 'exportFile');
    const view = mount(<LibraryApp library={library} />);
    await settle();
    click(view.all('item-select')[0]!);
    click(view.get('export-selected'));
    await settle();
    expect(exportFile).toHaveBeenCalledWith('epub', window, {
      ids: [ids['Harbour flood']],
      title: 'Lector: selected articles',
    });
    expect(URL.createObjectURL).toHaveBeenCalledOnce();
    expect(view.get('list-notice').textContent).toMatch(/Exported lector-.*\.epub/);
    input(view.get<HTMLSelectElement>('export-format'), 'markdown', 'change');
    click(view.get('export-all'));
    await settle();
    expect(exportFile).toHaveBeenLastCalledWith('markdown', window, undefined);
  });

  it('reads a page of 50 at a time', async () => {
    const { library } = freshLibrary();
    for (let i = 0; i < 60; i++)
      await library.save(sampleInput({ url: `https://example.com/${i}`, title: `Article ${i}` }));
    const view = mount(<LibraryApp library={library} />);
    await settle();
    expect(view.all('list-item')).toHaveLength(50);
    expect(view.get('page-range').textContent).toBe('1–50 of 60');
    click(view.get('page-next'));
    await settle();
    expect(view.all('list-item')).toHaveLength(10);
    expect(titles(view.container)[9]).toBe('Article 0');
  });
});

describe('importing on the library page', () => {
  it('imports a Pocket CSV from the picker and says what it did', async () => {
    const { library } = freshLibrary();
    const view = mount(<LibraryApp library={library} />);
    await settle();
    const csv = readFileSync(resolve(SAMPLES, 'pocket-zip', 'part_000000.csv'));
    fileInput(view, [new File([csv], 'part_000000.csv', { type: 'text/csv' })]);
    await settle();
    const notice = view.get('list-notice');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toMatch(/part_000000\.csv \(Pocket\): \d+ added, 0 updated/);
    expect(view.all('list-item').length).toBeGreaterThan(0);
    expect(view.all('link-only-badge').length).toBe(view.all('list-item').length);
  });

  it('shows the error naming the line of a malformed file, and imports nothing', async () => {
    const { library } = freshLibrary();
    const view = mount(<LibraryApp library={library} />);
    await settle();
    const csv = readFileSync(resolve(SAMPLES, 'malformed', 'pocket-missing-url.csv'));
    fileInput(view, [new File([csv], 'pocket.csv')]);
    await settle();
    const notice = view.get('list-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toMatch(/Nothing was imported from pocket\.csv.*Line \d+/);
    expect(await library.count()).toBe(0);
  });

  it('imports a file dropped on the page', async () => {
    const { library } = freshLibrary();
    const view = mount(<LibraryApp library={library} />);
    await settle();
    const html = readFileSync(resolve(SAMPLES, 'bookmarks.html.txt'));
    const file = new File([html], 'bookmarks.html', { type: 'text/html' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    act(() => {
      document.dispatchEvent(drop);
    });
    await settle();
    expect(drop.defaultPrevented).toBe(true);
    expect(view.get('list-notice').textContent).toContain('(browser bookmarks)');
    expect(await library.count()).toBeGreaterThan(0);
  });
});

describe('the export reminder', () => {
  it('shows after a month without an export, explains why, and can be put off', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { library } = freshLibrary({ now: () => now });
    await library.save(sampleInput());
    now += 31 * DAY;
    const view = mount(<LibraryApp library={library} />);
    await settle();
    expect(view.get('export-reminder').textContent).toContain('uninstalling Lector deletes it');
    click(view.get('reminder-dismiss'));
    await settle();
    expect(view.query('export-reminder')).toBeNull();
  });

  it('goes away once the list is exported', async () => {
    let now = Date.UTC(2026, 0, 1);
    const { library } = freshLibrary({ now: () => now });
    await library.save(sampleInput());
    now += 31 * DAY;
    const view = mount(<LibraryApp library={library} />);
    await settle();
    click(view.get('reminder-export'));
    await settle();
    expect(URL.createObjectURL).toHaveBeenCalledOnce();
    expect(view.query('export-reminder')).toBeNull();
  });
});
