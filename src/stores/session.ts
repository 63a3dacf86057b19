import { atom, type ReadableAtom, type WritableAtom } from 'nanostores';
import type { Session } from '../../contract/session.js';
import type { Client } from '../client/client.js';
import { AuthError, TcError } from '../client/errors.js';

/**
 * Where the sign-in stands: `unknown` while a stored token is being checked, then `signed-in` with
 * the session or `signed-out`; `unreachable` when the check could not reach the back end (the
 * token is kept, and `restore()` tries again).
 */
export type SessionState =
  | { status: 'unknown' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; session: Session }
  | { status: 'unreachable'; error: TcError };

export interface SessionStore {
  $state: ReadableAtom<SessionState>;
  /** Checks a stored token with the back end; a rejected token is forgotten. */
  restore(): Promise<void>;
  signIn(email: string, password: string, customerId: number): Promise<Session>;
  /** Sets an invited contact's password with the invitation link's token, and signs it in. */
  acceptInvitation(token: string, password: string): Promise<Session>;
  /**
   * Signs out: runs the `beforeSignOut` hooks (the cart sends its waiting changes), ends the
   * session on the server, and forgets the token; the cart then clears what this browser kept.
   */
  signOut(): Promise<void>;
  /** Work to finish while still signed in when the buyer signs out explicitly; returns an unsubscribe. */
  beforeSignOut(hook: () => Promise<void>): () => void;
  /** The back end no longer accepts the token: forget it. */
  expire(): void;
}

export function createSessionStore(client: Client, $token: WritableAtom<string | undefined>): SessionStore {
  const $state = atom<SessionState>($token.get() ? { status: 'unknown' } : { status: 'signed-out' });
  const hooks = new Set<() => Promise<void>>();

  const expire = () => {
    $token.set(undefined);
    $state.set({ status: 'signed-out' });
  };

  // Another tab (local storage) changed the token.
  $token.listen((token) => {
    if (!token) $state.set({ status: 'signed-out' });
    else if ($state.get().status !== 'signed-in') void restore();
  });

  async function restore() {
    if (!$token.get()) return $state.set({ status: 'signed-out' });
    $state.set({ status: 'unknown' });
    try {
      $state.set({ status: 'signed-in', session: await client.session.current() });
    } catch (error) {
      if (error instanceof AuthError) expire();
      else $state.set({ status: 'unreachable', error: error instanceof TcError ? error : new TcError(String(error)) });
    }
  }

  return {
    $state,
    restore,
    expire,
    async signIn(email, password, customerId) {
      const { token, session } = await client.session.signIn({ email, password, customerId });
      $state.set({ status: 'signed-in', session });
      $token.set(token);
      return session;
    },
    async acceptInvitation(invitationToken, password) {
      const { token, session } = await client.session.acceptInvitation({ token: invitationToken, password });
      $state.set({ status: 'signed-in', session });
      $token.set(token);
      return session;
    },
    beforeSignOut(hook) {
      hooks.add(hook);
      return () => hooks.delete(hook);
    },
    async signOut() {
      // A hook that fails must not keep the buyer signed in.
      await Promise.all([...hooks].map((hook) => hook().catch((error) => console.warn('Tradecounter: before sign-out', error))));
      try {
        await client.session.signOut();
      } catch (error) {
        // Signing out must always work for the buyer, even when the server cannot be reached.
        if (!(error instanceof AuthError)) console.warn('Tradecounter: sign-out request failed', error);
      }
      expire();
    },
  };
}
