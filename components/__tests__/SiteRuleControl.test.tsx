import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SiteRuleControl, type SiteRuleControlProps } from '../SiteRuleControl';
import { click, mount } from './render';

beforeEach(() => fakeBrowser.reset());
afterEach(() => document.body.replaceChildren());

const show = (props: Partial<SiteRuleControlProps> = {}) => {
  const onChoose = vi.fn<SiteRuleControlProps['onChoose']>(() => Promise.resolve(true));
  const view = mount(
    <SiteRuleControl
      site="lemonde.fr"
      mode="default"
      granted={false}
      onChoose={onChoose}
      {...props}
    />,
  );
  return { ...view, onChoose: (props.onChoose as typeof onChoose | undefined) ?? onChoose };
};

const pressed = (view: ReturnType<typeof mount>) =>
  Array.from(
    view.all('site-rule-control')[0]!.querySelectorAll('[aria-pressed="true"]'),
    (button) => button.getAttribute('data-testid'),
  );

describe('SiteRuleControl', () => {
  it('is a labelled group of three buttons, reachable by keyboard', () => {
    const view = show();
    const group = view.get('site-rule-control');
    expect(group.getAttribute('role')).toBe('group');
    const label = document.getElementById(group.getAttribute('aria-labelledby')!);
    expect(label?.textContent).toBe('Open the reader by itself on lemonde.fr');
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['Always', 'Default', 'Never']);
    expect(buttons.every((button) => button.type === 'button' && button.tabIndex === 0)).toBe(true);
    expect(pressed(view)).toEqual(['site-rule-default']);
    expect(view.get('site-rule-access').textContent).toBe('Needs no access.');
  });

  it('calls onChoose synchronously in the click, so a permission can be asked there', () => {
    const seen: string[] = [];
    const onChoose = vi.fn(() => {
      seen.push('chosen');
      return Promise.resolve(true);
    });
    const view = show({ onChoose });
    view.get('site-rule-always').addEventListener('click', () => seen.push('after click'));
    view.get<HTMLButtonElement>('site-rule-always').click();
    expect(onChoose).toHaveBeenCalledWith('always');
    expect(seen).toEqual(['chosen', 'after click']);
  });

  it('shows the access state of an always rule', () => {
    const view = show({ mode: 'always', granted: true });
    expect(pressed(view)).toEqual(['site-rule-always']);
    expect(view.get('site-rule-access').textContent).toBe('Lector may read this site’s pages.');
    expect(view.query('site-rule-grant')).toBeNull();
  });

  it('shows no access line while access is not known yet', () => {
    const view = show({ mode: 'always', granted: null });
    expect(view.get('site-rule-access').textContent).toBe('');
    expect(view.query('site-rule-grant')).toBeNull();
  });

  it('offers to give access again to a rule turned off by the browser', () => {
    const view = show({ mode: 'off', granted: false });
    expect(pressed(view)).toEqual(['site-rule-always']);
    expect(view.get('site-rule-access').textContent).toContain('no longer has access');
    click(view.get('site-rule-grant'));
    expect(view.onChoose).toHaveBeenCalledWith('always');
  });

  it('does nothing when the pressed choice is chosen again', () => {
    const view = show({ mode: 'never' });
    click(view.get('site-rule-never'));
    expect(view.onChoose).not.toHaveBeenCalled();
    click(view.get('site-rule-default'));
    expect(view.onChoose).toHaveBeenCalledWith('default');
  });

  it('says so when access was refused, or saving failed', async () => {
    const view = show({ onChoose: vi.fn(() => Promise.resolve(false)) });
    click(view.get('site-rule-always'));
    await act(async () => {});
    expect(view.get('site-rule-message').textContent).toBe(
      'Access was not given, so nothing changed.',
    );
    expect(view.get('site-rule-message').getAttribute('role')).toBe('status');

    const failing = show({ onChoose: vi.fn(() => Promise.reject(new Error('quota'))) });
    click(failing.all('site-rule-never')[0]!);
    await act(async () => {});
    expect(failing.all('site-rule-message')[0]!.textContent).toBe(
      'That could not be saved. Please try again.',
    );
  });
});
