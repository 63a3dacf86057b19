import { AccountsResponse, CredentialsRequest, Session, SignInRequest, SignInResponse } from '../session.js';
import { customerRoute, publicRoute, route } from '../route.js';

/** Sign-in, the current session, sign-out. */
export const sessionRoutes = {
  listAccounts: route({
    method: 'post',
    path: '/v1/auth/accounts',
    tag: 'session',
    summary: 'Check e-mail and password; list the accounts the contact may sign in to.',
    auth: publicRoute,
    body: CredentialsRequest,
    response: AccountsResponse,
    errors: [429],
  }),
  signIn: route({
    method: 'post',
    path: '/v1/auth/session',
    tag: 'session',
    summary: 'Open a session for one of the contact’s accounts.',
    auth: publicRoute,
    body: SignInRequest,
    status: 201,
    response: SignInResponse,
    errors: [429],
  }),
  getSession: route({
    method: 'get',
    path: '/v1/session',
    tag: 'session',
    summary: 'The current session: contact, customer, currency, locale and permissions.',
    auth: customerRoute(),
    response: Session,
  }),
  signOut: route({
    method: 'delete',
    path: '/v1/session',
    tag: 'session',
    summary: 'End the current session; its token stops working at once.',
    auth: customerRoute(),
    status: 204,
  }),
};
