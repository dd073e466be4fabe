import { browser } from 'wxt/browser';
import { failure, type MessageType, type Request, type Response } from './protocol';

type Payload<T extends MessageType> = Omit<Request<T>, 'type'>;

/** Send a typed message to the background; a missing or broken answer becomes a failure. */
export async function sendToBackground<T extends MessageType>(
  type: T,
  payload: Payload<T>,
): Promise<Response<T>> {
  try {
    const answer = (await browser.runtime.sendMessage({ type, ...payload })) as
      Response<T> | undefined;
    return answer ?? (failure('failed', 'No answer from the background.') as Response<T>);
  } catch (error) {
    return failure('failed', error instanceof Error ? error.message : String(error)) as Response<T>;
  }
}

/** Send a typed message to a tab's content script (top frame unless `frameId` is given). */
export async function sendToTab<T extends MessageType>(
  tabId: number,
  type: T,
  payload: Payload<T>,
  frameId = 0,
): Promise<Response<T>> {
  try {
    const answer = (await browser.tabs.sendMessage(tabId, { type, ...payload }, { frameId })) as
      Response<T> | undefined;
    return answer ?? (failure('no-access', 'The page did not answer.') as Response<T>);
  } catch {
    return failure('no-access', 'Lector cannot reach this page.') as Response<T>;
  }
}
