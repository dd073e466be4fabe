import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cleanup, click, input, mount } from '../../components/__tests__/render';
import type { RelatedArticle } from '../../utils/extract/types';
import { freshLibrary, sampleInput } from '../../utils/library/test-helpers';
import type { Library } from '../../utils/library/library';
import { saveLinkOnly } from '../../utils/reading-list/save-link';
import { ReadingListSection } from '../sidepanel/ReadingListSection';
import { SaveLinkButton } from '../sidepanel/SaveLinkButton';

beforeEach(() => fakeBrowser.reset());
afterEach(cleanup);

async function settle() {
  for (let i = 0; i < 6; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20));
    });
  }
}

const titles = (container: Element) =>
  Array.from(container.querySelectorAll('[data-testid="list-item-title"]'), (a) => a.textContent);

async function seed(library: Library) {
  const first = await library.save(
    sampleInput({
      url: 'https://example.com/streets',
      title: 'Quiet streets',
      textContent: 'Cities gave their streets back to pedestrians.',
    }),
  );
  const second = await library.save(
    sampleInput({
      url: 'https://example.org/harbour',
      title: 'The harbour flooded',
      siteName: 'Harbour News',
      readingMinutes: 4,
      textContent: 'A storm surge reached the fishermen overnight.',
    }),
  );
  const link = await saveLinkOnly(library, { url: 'https://example.net/boats', title: 'Boats' });
  return { first, second, link };
}

describe('the reading list in the side panel', () => {
  it('shows the unread articles newest first, with site, date, reading time and link-only badge', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    expect(titles(view.container)).toEqual(['Boats', 'The harbour flooded', 'Quiet streets']);
    const harbour = view.all('list-item')[1]!;
    expect(harbour.textContent).toContain('Harbour News');
    expect(harbour.textContent).toContain('4 minutes');
    expect(harbour.querySelector('time')?.getAttribute('datetime')).toMatch(/^2026-01-01T/);
    expect(view.all('link-only-badge')).toHaveLength(1);
    expect(view.get('filter-unread').getAttribute('aria-pressed')).toBe('true');
  });

  it('finds an article by a word of its body as you type', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    input(view.get<HTMLInputElement>('list-search'), 'fisherm');
    await settle();
    expect(titles(view.container)).toEqual(['The harbour flooded']);
    input(view.get<HTMLInputElement>('list-search'), 'nothing-like-this');
    await settle();
    expect(view.get('list-empty').textContent).toContain('No saved article matches');
  });

  it('marks read (out of the unread list, into read) and archives', async () => {
    const { library } = freshLibrary();
    await seed(library);
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    click(view.all('action-read')[2]!);
    await settle();
    expect(titles(view.container)).toEqual(['Boats', 'The harbour flooded']);
    click(view.get('filter-read'));
    await settle();
    expect(titles(view.container)).toEqual(['Quiet streets']);
    click(view.get('action-archive'));
    await settle();
    click(view.get('filter-archived'));
    await settle();
    expect(titles(view.container)).toEqual(['Quiet streets']);
  });

  it('deletes with Undo', async () => {
    const { library } = freshLibrary();
    const { second } = await seed(library);
    await library.setTags(second.id, ['storms']);
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    click(view.all('action-delete')[1]!);
    await settle();
    expect(titles(view.container)).toEqual(['Boats', 'Quiet streets']);
    expect(view.get('list-notice').textContent).toContain('Deleted “The harbour flooded”.');
    click(view.get('list-undo'));
    await settle();
    expect(titles(view.container)).toEqual(['Boats', 'The harbour flooded', 'Quiet streets']);
    expect(await library.get(second.id)).toMatchObject({ tags: ['storms'] });
  });

  it('shows a save made elsewhere (the reader, through the background)', async () => {
    const { library } = freshLibrary();
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    expect(view.get('list-empty')).toBeTruthy();
    await library.save(sampleInput({ title: 'Saved from the reader' }));
    await vi.waitFor(() => expect(titles(view.container)).toEqual(['Saved from the reader']));
  });

  it('shows the library message when an action fails', async () => {
    const { library, db } = freshLibrary();
    await seed(library);
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    db.close();
    click(view.all('action-read')[0]!);
    await settle();
    const notice = view.get('list-notice');
    expect(notice.getAttribute('role')).toBe('alert');
    expect(notice.textContent).toContain('Reload this page and try again');
  });

  it('opens an item in the saved reader', async () => {
    const { library } = freshLibrary();
    const { first } = await seed(library);
    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    const view = mount(<ReadingListSection library={library} />);
    await settle();
    const link = view.all<HTMLAnchorElement>('list-item-title')[2]!;
    expect(link.getAttribute('href')).toContain(`reader.html?saved=${first.id}`);
    click(link);
    expect(create).toHaveBeenCalledWith({ url: expect.stringContaining(`saved=${first.id}`) });
  });
});

describe('saving a related article from the side panel', () => {
  const related: RelatedArticle = {
    title: 'Fishermen count the cost',
    url: 'https://example.com/cost',
    source: 'Example News',
    timeText: '2 hours ago',
    date: '2026-01-01T08:00:00Z',
    summary: 'Boats were lost.',
    thumbnail: null,
  };

  it('saves it as a link-only item, then says Saved', async () => {
    const { library } = freshLibrary();
    const view = mount(<SaveLinkButton item={related} library={library} />);
    await settle();
    const button = view.get('related-save');
    expect(button.textContent).toContain('Save');
    click(button);
    await settle();
    expect(view.get('related-save').dataset.state).toBe('saved');
    expect(await library.getByUrl(related.url)).toMatchObject({
      title: 'Fishermen count the cost',
      siteName: 'Example News',
      excerpt: 'Boats were lost.',
      linkOnly: true,
    });
  });

  it('shows the library message when saving fails', async () => {
    const { library, db } = freshLibrary();
    const view = mount(<SaveLinkButton item={related} library={library} />);
    await settle();
    db.close();
    click(view.get('related-save'));
    await settle();
    expect(view.get('related-save-error').textContent).toContain('Reload this page');
  });
});
