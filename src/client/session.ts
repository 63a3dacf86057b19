import type { AcceptInvitationRequest } from '../../contract/invitations.js';
import type { AccountsResponse, CredentialsRequest, Session, SignInRequest, SignInResponse } from '../../contract/session.js';
import type { Http } from './http.js';

export function sessionResource(http: Http) {
  return {
    /** Checks e-mail and password and lists the accounts the contact may sign in to. */
    listAccounts: (credentials: CredentialsRequest) => http<AccountsResponse>('post', 'v1/auth/accounts', { json: credentials }),
    /** Opens a session for one account; the answer carries the token. */
    signIn: (request: SignInRequest) => http<SignInResponse>('post', 'v1/auth/session', { json: request }),
    current: (signal?: AbortSignal) => http<Session>('get', 'v1/session', { signal }),
    signOut: () => http<void>('delete', 'v1/session'),
    /** Sets the password of an invited contact with its link's token; the answer carries a session token. */
    acceptInvitation: (request: AcceptInvitationRequest) =>
      http<SignInResponse>('post', 'v1/auth/invitations/accept', { json: request }),
  };
}
