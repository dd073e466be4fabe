import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { grantedOrigins } from '../../utils/auto-mode/permissions';
import { loadAutoMode, watchAutoMode, type AutoModeState } from '../../utils/auto-mode/site-rules';
import { loadSettings, watchSettings, type Settings } from '../../utils/settings';

/** A stored value, kept current when any page of Lector changes it; null until loaded. */
function useStored<T>(
  load: () => Promise<T>,
  watch: (callback: (value: T) => void) => () => void,
): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    void load().then((loaded) => live && setValue(() => loaded));
    const stop = watch((next) => setValue(() => next));
    return () => {
      live = false;
      stop();
    };
  }, [load, watch]);
  return value;
}

export const useSettings = (): Settings | null => useStored(loadSettings, watchSettings);

export const useAutoMode = (): AutoModeState | null => useStored(loadAutoMode, watchAutoMode);

/**
 * Which of `origins` Lector holds (null until first known), re-read whenever the browser's permissions change (a grant
 * here, or access removed in the browser's own settings) and whenever the list changes.
 */
export function useGranted(origins: readonly string[]): ReadonlySet<string> | null {
  const [granted, setGranted] = useState<ReadonlySet<string> | null>(null);
  const key = origins.join(' ');
  useEffect(() => {
    let live = true;
    const refresh = () => void grantedOrigins(origins).then((set) => live && setGranted(set));
    refresh();
    browser.permissions.onAdded.addListener(refresh);
    browser.permissions.onRemoved.addListener(refresh);
    return () => {
      live = false;
      browser.permissions.onAdded.removeListener(refresh);
      browser.permissions.onRemoved.removeListener(refresh);
    };
    // `key` stands for `origins`: a new array with the same patterns must not re-subscribe.
  }, [key]);
  return granted;
}
