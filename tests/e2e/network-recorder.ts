import type { Lector } from './browser';

/**
 * Every request of a browser session, from every target: pages and all their frames (the reader
 * frame, extension pages opened as tabs) through Playwright's context events, and the extension's
 * service worker through a CDP session of its own (Network domain). Also the worker's uncaught
 * exceptions and unhandled rejections (Runtime domain).
 */
export interface Recorder {
  /** Every URL requested, in order (duplicates kept). */
  readonly urls: string[];
  /** Uncaught exceptions and unhandled rejections in the service worker. */
  readonly workerErrors: string[];
  stop(): Promise<void>;
}

interface CdpEvent {
  method?: string;
  params?: {
    request?: { url: string };
    exceptionDetails?: { text: string; exception?: { description?: string } };
  };
}

export async function recordRequests(lector: Lector): Promise<Recorder> {
  const urls: string[] = [];
  const workerErrors: string[] = [];
  const onRequest = (request: { url(): string }) => void urls.push(request.url());
  lector.context.on('request', onRequest);

  // The service worker: Playwright's own network events may not cover an extension's worker, so
  // a browser-level CDP session attaches to it (non-flat) and enables Network and Runtime.
  const cdp = await lector.context.browser()!.newBrowserCDPSession();
  const { targetInfos } = (await cdp.send('Target.getTargets')) as {
    targetInfos: { targetId: string; type: string; url: string }[];
  };
  const worker = targetInfos.find(
    (target) => target.type === 'service_worker' && target.url.startsWith(lector.baseUrl),
  );
  if (!worker) throw new Error('no service worker target for Lector');
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: worker.targetId,
    flatten: false,
  })) as { sessionId: string };
  cdp.on('Target.receivedMessageFromTarget' as never, (event: { message: string }) => {
    const message = JSON.parse(event.message) as CdpEvent;
    if (message.method === 'Network.requestWillBeSent' && message.params?.request)
      urls.push(message.params.request.url);
    if (message.method === 'Runtime.exceptionThrown' && message.params?.exceptionDetails) {
      const details = message.params.exceptionDetails;
      workerErrors.push(details.exception?.description ?? details.text);
    }
  });
  let id = 0;
  const send = (method: string) =>
    cdp.send(
      'Target.sendMessageToTarget' as never,
      {
        sessionId,
        message: JSON.stringify({ id: ++id, method }),
      } as never,
    );
  await send('Network.enable');
  await send('Runtime.enable');

  return {
    urls,
    workerErrors,
    async stop() {
      lector.context.off('request', onRequest);
      await cdp.detach().catch(() => {});
    },
  };
}
