import { z } from 'zod';

/** An invited contact sets a password with the token from the invitation link, and is signed in. */
export const AcceptInvitationRequest = z
  .object({
    token: z.string().min(1, 'The invitation link is incomplete').max(200),
    password: z.string().min(10, 'Use at least 10 characters').max(200, 'At most 200 characters'),
  })
  .meta({ id: 'AcceptInvitationRequest' });
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequest>;
