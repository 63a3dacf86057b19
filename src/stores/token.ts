import { atom, type WritableAtom } from 'nanostores';

export type TokenStorage = 'session' | 'local' | 'memory';

/**
 * The session token, kept in the tab's session storage by default (gone when the tab closes), in
 * local storage when the supplier opts in (shared by tabs, survives restarts), or in memory only.
 */
export function createTokenStore(key: string, where: TokenStorage): WritableAtom<string | undefined> {
  const storage = where === 'memory' ? undefined : safeStorage(where);
  const $token = atom<string | undefined>(storage?.getItem(key) ?? undefined);
  $token.listen((token) => {
    if (!storage) return;
    if (token) storage.setItem(key, token);
    else storage.removeItem(key);
  });
  if (where === 'local') {
    // Another tab signed in or out: follow it.
    window.addEventListener('storage', (event) => {
      if (event.key === key) $token.set(event.newValue ?? undefined);
    });
  }
  return $token;
}

function safeStorage(where: 'session' | 'local'): Storage | undefined {
  try {
    return where === 'local' ? window.localStorage : window.sessionStorage;
  } catch {
    return undefined; // storage blocked (privacy settings, sandboxed frames)
  }
}
