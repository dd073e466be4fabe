import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ReaderState } from '../../components/Reader';
import type { SaveNotice, SaveStatus } from '../../components/reading-list/SaveControl';
import { isSavable } from '../../utils/reading-list/article-data';
import type { ReaderListPort, SaveAnswer } from '../../utils/reading-list/reader-port';

const NOTICE_MS = 6000;

const failed = (error: unknown): SaveAnswer => ({
  ok: false,
  message: error instanceof Error ? error.message : String(error),
});

/**
 * The reader's side of the reading list: whether the page shown is saved (asked once it is read,
 * which also refreshes a saved copy), saving from the toolbar and from the context menu or
 * command (requests the port hands over), and the notice that says what happened. A failed save
 * always shows its message.
 */
export function useReaderSave(port: ReaderListPort | undefined, state: ReaderState) {
  const result = state.kind === 'ready' ? state.result : null;
  const [status, setStatus] = useState<SaveStatus>('checking');
  const [notice, setNotice] = useState<SaveNotice | null>(null);
  const shown = useRef(result);
  shown.current = result;

  const save = useCallback(async () => {
    const target = shown.current;
    if (!port || !target) return;
    if (!isSavable(target)) {
      setNotice({ kind: 'not-article' });
      return;
    }
    setStatus('saving');
    const answer = await port.save(target).catch(failed);
    if (shown.current !== target) return;
    if (answer.ok) {
      setStatus('saved');
      setNotice({ kind: 'saved' });
    } else {
      setStatus('unsaved');
      setNotice({ kind: 'error', message: answer.message });
    }
  }, [port]);

  useEffect(() => {
    if (!port || !result) {
      setStatus(state.kind === 'loading' ? 'checking' : 'none');
      return;
    }
    let cancelled = false;
    let stopWatching = () => {};
    const savable = isSavable(result);
    setStatus('checking');
    void port
      .sync(result)
      .catch(failed)
      .then((answer) => {
        if (cancelled) return;
        if (!answer.ok) {
          setStatus(savable ? 'unsaved' : 'none');
          setNotice({ kind: 'error', message: answer.message });
          return;
        }
        setStatus(answer.saved ? 'saved' : savable ? 'unsaved' : 'none');
        if (answer.saved?.filled) setNotice({ kind: 'filled' });
        if ('saveRequested' in answer && answer.saveRequested) void save();
        stopWatching = port.watchRequests(() => void save());
      });
    return () => {
      cancelled = true;
      stopWatching();
    };
  }, [port, result, save, state.kind]);

  // Good news goes away by itself; an error stays until it is dismissed.
  useEffect(() => {
    if (!notice || notice.kind === 'error') return;
    const timer = setTimeout(() => setNotice(null), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [notice]);

  return {
    status,
    notice,
    save: () => void save(),
    dismiss: () => setNotice(null),
  };
}
