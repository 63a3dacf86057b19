import { AcceptInvitationRequest, CheckInvitationRequest, InvitationPreview } from '../invitations.js';
import { SignInResponse } from '../session.js';
import { publicRoute, route } from '../route.js';

/** The invited contact's side of an invitation. */
export const invitationRoutes = {
  checkInvitation: route({
    method: 'post',
    path: '/v1/auth/invitations/check',
    tag: 'session',
    summary: 'Whether an invitation link still works, and who it is for; a used, expired or withdrawn link answers 400 with a `token` field message.',
    auth: publicRoute,
    body: CheckInvitationRequest,
    response: InvitationPreview,
  }),
  acceptInvitation: route({
    method: 'post',
    path: '/v1/auth/invitations/accept',
    tag: 'session',
    summary: 'Set a password with an invitation link’s token and sign in; the link then stops working.',
    auth: publicRoute,
    body: AcceptInvitationRequest,
    status: 201,
    response: SignInResponse,
  }),
};
