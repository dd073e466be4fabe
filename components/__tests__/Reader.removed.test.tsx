import { afterEach, describe, expect, it } from 'vitest';
import { bodyTexts, mountReader } from './reader-harness';
import { cleanup, click, press } from './render';

afterEach(cleanup);

function openRemoved() {
  const view = mountReader();
  click(view.get('toggle-removed'));
  return view;
}

describe('What was removed', () => {
  it('opens from the toolbar, grouped and labelled by kind, with each text snippet', () => {
    const view = openRemoved();
    expect(view.get('toggle-removed').getAttribute('aria-expanded')).toBe('true');
    const panel = view.get('removed-panel');
    expect(panel.querySelector('h2')?.textContent).toBe('What was removed');
    const groups = Array.from(panel.querySelectorAll('section h3'), (h) => h.textContent);
    expect(groups).toEqual(['App banners 1', 'Newsletter sign-ups 2', 'Share buttons 1']);
    expect(
      Array.from(
        view.get('removed-group-newsletter').querySelectorAll('[data-testid="removed-text"]'),
        (p) => p.textContent,
      ),
    ).toEqual(['Sign up for the morning briefing', 'Get our weekly digest']);
  });

  it('puts a block back after its anchor, and takes it out again', () => {
    const view = openRemoved();
    const item = view
      .get('removed-group-newsletter')
      .querySelector<HTMLElement>('[data-testid="removed-item"]')!;
    const toggle = item.querySelector<HTMLButtonElement>('[data-testid="removed-toggle"]')!;
    expect(toggle.textContent).toBe('Put back');
    expect(toggle.getAttribute('aria-label')).toBe('Put back: Sign up for the morning briefing');
    click(toggle);
    expect(bodyTexts(view.container)).toEqual([
      'The tide rose faster than anyone expected.',
      'Sign up for the morning briefing',
      'A boat on the quay.',
      'Boats were pulled ashore before dark.',
      'By morning the water had gone.',
    ]);
    expect(view.get('article-body').querySelector('.lector-restored aside')).toBeTruthy();
    expect(toggle.textContent).toBe('Remove again');
    click(toggle);
    expect(bodyTexts(view.container)).not.toContain('Sign up for the morning briefing');
    expect(toggle.textContent).toBe('Put back');
  });

  it('puts a block with no anchor at the top of the article', () => {
    const view = openRemoved();
    click(view.get('removed-group-app-banner').querySelector('button')!);
    expect(bodyTexts(view.container)[0]).toBe('Read this in our app');
  });

  it('offers no button for a block with nothing to show', () => {
    const view = openRemoved();
    const group = view.get('removed-group-share-bar');
    expect(group.querySelector('button')).toBeNull();
    expect(group.textContent).toContain('Nothing to show');
  });

  it('restored HTML still goes through the sanitizer', () => {
    const view = mountReader({
      result: {
        removed: [
          {
            id: 'r0',
            kind: 'advert',
            text: 'Ad',
            reason: 'Advert',
            html: '<p>Ad</p><img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>',
            anchorText: null,
          },
        ],
      },
    });
    click(view.get('toggle-removed'));
    click(view.get('removed-toggle'));
    expect(bodyTexts(view.container)[0]).toBe('Ad');
    expect(view.get('article-body').innerHTML).not.toMatch(/onerror|<script/);
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('says when nothing was removed', () => {
    const view = mountReader({ result: { removed: [] } });
    click(view.get('toggle-removed'));
    expect(view.get('removed-panel').textContent).toContain('Nothing was removed from this page.');
  });

  it('closes with its button or Esc, returning focus to the toolbar button', () => {
    const view = openRemoved();
    click(view.get('removed-close'));
    expect(view.query('removed-panel')).toBeNull();
    expect(document.activeElement).toBe(view.get('toggle-removed'));
    click(view.get('toggle-removed'));
    press('Escape', view.get('removed-panel'));
    expect(view.query('removed-panel')).toBeNull();
    expect(view.onClose).not.toHaveBeenCalled();
  });
});
