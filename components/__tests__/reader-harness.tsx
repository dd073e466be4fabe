import { vi } from 'vitest';
import type { ReadResult } from '../../utils/extract/types';
import type { SpeechEnv } from '../../utils/reader/speech';
import { fixtureResult } from '../../utils/reader/testing/fixture-result';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { Reader, type ReaderProps, type ReaderState } from '../Reader';
import { mount } from './render';

/** The Reader with a fixture result and spies for its callbacks; `speech: null` by default. */
export function mountReader(
  options: {
    state?: ReaderState;
    result?: Partial<ReadResult>;
    settings?: Partial<Settings>;
    speech?: SpeechEnv | null;
    props?: Partial<ReaderProps>;
  } = {},
) {
  const onClose = vi.fn();
  const onSettingsChange = vi.fn();
  const onTryAnyway = vi.fn();
  const props: ReaderProps = {
    state: options.state ?? { kind: 'ready', result: fixtureResult(options.result) },
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    onClose,
    onSettingsChange,
    onTryAnyway,
    speech: options.speech === undefined ? null : options.speech,
    ...options.props,
  };
  const view = mount(<Reader {...props} />);
  return {
    ...view,
    onClose,
    onSettingsChange,
    onTryAnyway,
    props,
    update: (next: Partial<ReaderProps>) => view.rerender(<Reader {...props} {...next} />),
  };
}

export function bodyTexts(container: Element): string[] {
  return Array.from(
    container.querySelectorAll(
      '[data-testid="article-body"] p, [data-testid="article-body"] figcaption',
    ),
  ).map((element) => element.textContent ?? '');
}
