import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../utils/settings';

/**
 * The reader's settings: loaded once, kept in step with other pages (options, another reader), and
 * saved on change. A change shows at once; saves run one after another so two quick changes
 * cannot overwrite each other, and echoes of our own saves are ignored while more are pending.
 */
export function useReaderSettings(): [Settings | null, (change: Partial<Settings>) => void] {
  const [settings, setSettings] = useState<Settings | null>(null);
  const pending = useRef(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    let live = true;
    void loadSettings().then((loaded) => {
      if (live) setSettings((current) => current ?? loaded);
    });
    const unwatch = watchSettings((next) => {
      if (live && pending.current === 0) setSettings(next);
    });
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  const change = useCallback((delta: Partial<Settings>) => {
    setSettings((current) => (current ? { ...current, ...delta } : current));
    pending.current++;
    queue.current = queue.current
      .then(() => saveSettings(delta))
      .then(
        (saved) => {
          pending.current--;
          if (pending.current === 0) setSettings(saved);
        },
        () => {
          pending.current--;
        },
      );
  }, []);

  return [settings, change];
}
