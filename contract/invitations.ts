import { z } from 'zod';

/** An invited contact sets a password with the token from the invitation link, and is signed in. */
export const AcceptInvitationRequest = z
  .object({
    token: z.string().min(1, 'The invitation link is incomplete').max(200),
    password: z.string().min(10, 'Use at least 10 characters').max(200, 'At most 200 characters'),
  })
  .meta({ id: 'AcceptInvitationRequest' });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;

/** The token of an invitation link, to check it before the contact types a password. */
export const CheckInvitationRequest = z
  .object({ token: z.string().min(1, 'The invitation link is incomplete').max(200) })
  .meta({ id: 'CheckInvitationRequest' });
export type CheckInvitationRequest = z.infer<typeof CheckInvitationRequest>;

/** Who an open invitation is for, so the page can greet the contact; only the link's holder sees it. */
export const InvitationPreview = z
  .object({
    name: z.string(),
    email: z.string(),
    customerName: z.string(),
    expiresAt: z.string(),
  })
  .meta({ id: 'InvitationPreview' });
export type InvitationPreview = z.infer<typeof InvitationPreview>;
