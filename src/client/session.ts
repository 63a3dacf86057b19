import type { AcceptInvitationRequest, CheckInvitationRequest, InvitationPreview } from '../../contract/invitations.js';
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
    /** Whether an invitation link's token still works, and who it is for; a 400 with a `token` field message when not. */
    checkInvitation: (request: CheckInvitationRequest, signal?: AbortSignal) =>
      http<InvitationPreview>('post', 'v1/auth/invitations/check', { json: request, signal }),
    /** Sets the password of an invited contact with its link's token; the answer carries a session token. */
    acceptInvitation: (request: AcceptInvitationRequest) =>
      http<SignInResponse>('post', 'v1/auth/invitations/accept', { json: request }),
  };
}
