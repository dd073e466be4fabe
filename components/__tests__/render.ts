import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

const mounted = new Set<HTMLElement>();

/** Unmount everything `mount` rendered (their document listeners go too) and empty the body. */
export function cleanup() {
  for (const container of mounted) act(() => render(null, container));
  mounted.clear();
  document.body.replaceChildren();
}

/** Render into a fresh container in the document; returns it and a way to re-render. */
export function mount(vnode: ComponentChild) {
  const container = document.createElement('div');
  document.body.append(container);
  mounted.add(container);
  act(() => render(vnode, container));
  return {
    container,
    rerender: (next: ComponentChild) => act(() => render(next, container)),
    unmount: () => act(() => render(null, container)),
    get: <E extends Element = HTMLElement>(testId: string) => {
      const found = container.querySelector<E>(`[data-testid="${testId}"]`);
      if (!found) throw new Error(`no [data-testid="${testId}"]`);
      return found;
    },
    query: <E extends Element = HTMLElement>(testId: string) =>
      container.querySelector<E>(`[data-testid="${testId}"]`),
    all: <E extends Element = HTMLElement>(testId: string) =>
      Array.from(container.querySelectorAll<E>(`[data-testid="${testId}"]`)),
  };
}

export function click(element: Element) {
  act(() => {
    (element as HTMLElement).click();
  });
}

export function press(
  key: string,
  target: EventTarget = document.activeElement ?? document.body,
  init: KeyboardEventInit = {},
) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

export function input(
  element: HTMLInputElement | HTMLSelectElement,
  value: string,
  type = 'input',
) {
  act(() => {
    element.value = value;
    element.dispatchEvent(new Event(type, { bubbles: true }));
  });
}
