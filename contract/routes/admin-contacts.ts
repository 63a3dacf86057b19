import { z } from 'zod';
import { Invitation, InvitationRequest, Membership, PermissionsRequest } from '../admin.js';
import { Id } from '../common.js';
import { route } from '../route.js';

const admin = { kind: 'admin' } as const;
const MembershipParams = z.object({ id: Id, customerId: Id });

/** Supplier side: inviting contacts, their permissions, and taking access away. */
export const adminContactRoutes = {
  adminInviteContact: route({
    method: 'post',
    path: '/v1/admin/contacts/invitations',
    tag: 'admin',
    summary: 'Invite a contact to a customer account: a single-use link token that lets it set a password.',
    auth: admin,
    body: InvitationRequest,
    status: 201,
    response: Invitation,
    errors: [404],
  }),
  adminRevokeContact: route({
    method: 'post',
    path: '/v1/admin/contacts/:id/revoke',
    tag: 'admin',
    summary: 'Take all access from a contact: its sessions and invitation links stop working at once.',
    auth: admin,
    params: z.object({ id: Id }),
    status: 204,
    errors: [404],
  }),
  adminSetPermissions: route({
    method: 'put',
    path: '/v1/admin/contacts/:id/customers/:customerId',
    tag: 'admin',
    summary: 'Set what a contact may do for one customer account.',
    auth: admin,
    params: MembershipParams,
    body: PermissionsRequest,
    response: Membership,
    errors: [404],
  }),
  adminRemoveMembership: route({
    method: 'delete',
    path: '/v1/admin/contacts/:id/customers/:customerId',
    tag: 'admin',
    summary: 'Remove a contact from a customer account; its sessions for that account end at once.',
    auth: admin,
    params: MembershipParams,
    status: 204,
    errors: [404],
  }),
};
