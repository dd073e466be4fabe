import { senderOrigin, type ExtensionIdentity, type SenderInfo } from './guard';
import { failure, type MessageType, type Origin, type Request, type Response } from './protocol';
import { parseMessage } from './validate';

/** Who may send each message; the protocol's `from`, at run time. */
const SENT_FROM: { [T in MessageType]: Origin } = {
  'reader-bg-get-snapshot': 'extension-page',
  'reader-bg-close': 'extension-page',
  'bg-cs-get-snapshot': 'background',
  'bg-cs-close': 'background',
  'reader-bg-confirm-auto': 'extension-page',
  'bg-cs-confirm-auto': 'background',
  'panel-bg-get-snapshot': 'extension-page',
  'ui-bg-tab-article': 'extension-page',
  'cs-bg-detected': 'content-script',
  'cs-bg-reader-closed': 'content-script',
  'reader-bg-open-page': 'extension-page',
  'reader-bg-save': 'extension-page',
  'reader-bg-sync': 'extension-page',
};

function maySend(actual: Origin, expected: Origin): boolean {
  // Chrome reports the service worker's URL as the sender of its messages, so a message meant
  // to come from the background may also come from an extension page: both are Lector itself.
  return actual === expected || (expected === 'background' && actual === 'extension-page');
}

export type Handlers<T extends MessageType> = {
  [K in T]: (request: Request<K>, sender: SenderInfo) => Promise<Response<K>> | Response<K>;
};

/**
 * One receiver's handler table as a `runtime.onMessage` listener. A message of another type is
 * ignored (left to other listeners); one with the wrong shape or from the wrong sender is refused
 * with a failure and never reaches a handler; a handler that throws answers with a failure.
 */
export function createMessageListener<T extends MessageType>(
  handlers: Handlers<T>,
  self: ExtensionIdentity,
  onRefused: (reason: string) => void = () => {},
): (message: unknown, sender: SenderInfo) => Promise<unknown> | undefined {
  const accepted = Object.keys(handlers) as T[];
  return (message, sender) => {
    const type = (message as { type?: unknown } | null)?.type;
    if (typeof type !== 'string' || !(accepted as string[]).includes(type)) return undefined;
    const origin = senderOrigin(sender, self);
    if (!origin || !maySend(origin, SENT_FROM[type as T])) {
      onRefused(`${type} from an unexpected sender`);
      return Promise.resolve(failure('failed', 'Refused: unexpected sender.'));
    }
    const request = parseMessage(message, accepted);
    if (!request) {
      onRefused(`${type} with a malformed body`);
      return Promise.resolve(failure('failed', 'Refused: malformed message.'));
    }
    const handler = handlers[request.type as T] as (r: typeof request, s: SenderInfo) => unknown;
    return Promise.resolve()
      .then(() => handler(request, sender))
      .catch((error: unknown) =>
        failure('failed', error instanceof Error ? error.message : String(error)),
      );
  };
}
