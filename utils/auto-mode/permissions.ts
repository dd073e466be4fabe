import { browser } from 'wxt/browser';

/**
 * Host access for auto mode, asked per site at the moment a person chooses it (security.md,
 * rule 6). The browser grants `permissions.request` only inside a user gesture: call
 * `requestOrigins` synchronously from the click handler, before any `await`.
 */
export function requestOrigins(origins: readonly string[]): Promise<boolean> {
  try {
    return browser.permissions.request({ origins: [...origins] }).catch(() => false);
  } catch {
    return Promise.resolve(false);
  }
}

/** Which of `origins` Lector holds right now (each checked on its own). */
export async function grantedOrigins(origins: readonly string[]): Promise<Set<string>> {
  const granted = new Set<string>();
  await Promise.all(
    [...new Set(origins)].map(async (origin) => {
      try {
        if (await browser.permissions.contains({ origins: [origin] })) granted.add(origin);
      } catch {
        // A pattern the browser does not accept is simply not granted.
      }
    }),
  );
  return granted;
}

/** Give up host access Lector no longer needs. Required (manifest) permissions stay. */
export async function releaseOrigins(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  try {
    await browser.permissions.remove({ origins: [...origins] });
  } catch {
    // Required by the manifest (the e2e build), or already gone.
  }
}
