import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (permissions: { origins?: string[] }) => void;
interface Registered {
  id: string;
  js?: string[];
  matches?: string[];
  excludeMatches?: string[];
  runAt?: string;
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/**
 * fakeBrowser leaves `permissions` and `scripting` unimplemented: a small stand-in that keeps a
 * set of granted origin patterns (exact strings, as the tests use them) and the registered
 * content scripts. `answer` decides what the next `permissions.request` resolves to.
 */
export function installFakePermissions(initial: Iterable<string> = []) {
  const granted = new Set(initial);
  const added: Listener[] = [];
  const removed: Listener[] = [];
  const scripts = new Map<string, Registered>();
  const state = { answer: true };

  const request = vi.fn((request: { origins?: string[] }) => {
    if (state.answer) {
      const fresh = (request.origins ?? []).filter((origin) => !granted.has(origin));
      fresh.forEach((origin) => granted.add(origin));
      if (fresh.length) added.forEach((listener) => listener({ origins: fresh }));
    }
    return Promise.resolve(state.answer);
  });
  const event = (list: Listener[]) => ({
    addListener: (listener: Listener) => void list.push(listener),
    removeListener: (listener: Listener) => void list.splice(list.indexOf(listener), 1),
    hasListener: (listener: Listener) => list.includes(listener),
  });
  Object.assign(fakeBrowser.permissions, {
    request,
    contains: vi.fn(async ({ origins = [] }: { origins?: string[] }) =>
      origins.every((origin) => granted.has(origin)),
    ),
    remove: vi.fn(async ({ origins = [] }: { origins?: string[] }) => {
      origins.forEach((origin) => granted.delete(origin));
      return true;
    }),
    onAdded: event(added),
    onRemoved: event(removed),
  });
  Object.assign(fakeBrowser.scripting, {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) =>
      [...scripts.values()].filter((script) => !ids || ids.includes(script.id)),
    ),
    registerContentScripts: vi.fn(async (list: Registered[]) => {
      for (const script of list) {
        if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        scripts.set(script.id, structuredClone(script));
      }
    }),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids?: string[] } = {}) => {
      for (const id of ids ?? [...scripts.keys()]) scripts.delete(id);
    }),
  });

  return {
    granted,
    scripts,
    request,
    /** What the next permission prompts answer. */
    answerWith(value: boolean) {
      state.answer = value;
    },
    /** The person removes access in the browser: the permission goes, then the event fires. */
    revoke(origins: string[]) {
      origins.forEach((origin) => granted.delete(origin));
      removed.forEach((listener) => listener({ origins }));
    },
  };
}
