import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, mount } from '../../components/__tests__/render';
import type { RelatedArticle } from '../../utils/extract/types';
import { RelatedEntry } from '../sidepanel/RelatedEntry';

afterEach(cleanup);

const ITEM: RelatedArticle = {
  title: 'Harbour fish market to close for two years',
  url: 'https://news.example/2025/09/24/harbour-fish-market-to-close',
  source: 'Daily Bay',
  timeText: '2 hours ago',
  date: null,
  summary: 'Traders say the temporary stalls are too far from the boats.',
  thumbnail: 'https://news.example/img/market.jpg',
};

describe('a related article in the side panel', () => {
  it('shows its thumbnail, and leaves it out when the picture fails to load', () => {
    const view = mount(
      <ul>
        <RelatedEntry item={ITEM} tabId={1} />
      </ul>,
    );
    const thumb = view.get<HTMLImageElement>('related-thumb');
    expect(thumb.getAttribute('src')).toBe(ITEM.thumbnail);
    act(() => {
      thumb.dispatchEvent(new Event('error'));
    });
    expect(view.query('related-thumb')).toBeNull();
    // The rest of the entry stays.
    expect(view.get('related-title').textContent).toBe(ITEM.title);
    expect(view.get('related-entry').textContent).toContain('Daily Bay · 2 hours ago');
  });
});
