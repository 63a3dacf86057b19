import { z } from 'zod';
import { CurrencyCode } from './common.js';

export const Permission = z.enum(['catalogue', 'orders', 'invoices', 'statement']);
export type Permission = z.infer<typeof Permission>;

const email = z.string({ error: 'Enter a valid e-mail address' }).trim().toLowerCase().pipe(z.email('Enter a valid e-mail address').max(254));
const password = z.string({ error: 'Enter your password' }).min(1, 'Enter your password').max(200, 'At most 200 characters');

/** Step 1: e-mail and password; the answer lists the accounts (customers) the contact may use. */
export const CredentialsRequest = z.object({ email, password }).meta({ id: 'CredentialsRequest' });
export type CredentialsRequest = z.infer<typeof CredentialsRequest>;

export const AccountChoice = z.object({ customerId: z.number().int(), name: z.string() }).meta({ id: 'AccountChoice' });
export type AccountChoice = z.infer<typeof AccountChoice>;

export const AccountsResponse = z.object({ accounts: z.array(AccountChoice) }).meta({ id: 'AccountsResponse' });
export type AccountsResponse = z.infer<typeof AccountsResponse>;

/** Step 2: the same credentials plus the chosen account open a session. */
export const SignInRequest = CredentialsRequest.extend({
  customerId: z.number({ error: 'Choose an account' }).int().positive(),
}).meta({ id: 'SignInRequest' });
export type SignInRequest = z.infer<typeof SignInRequest>;

export const Session = z
  .object({
    contact: z.object({ id: z.number().int(), name: z.string(), email: z.string() }),
    customer: z.object({
      id: z.number().int(),
      name: z.string(),
      currency: CurrencyCode,
      locale: z.string(),
    }),
    permissions: z.array(Permission),
    expiresAt: z.string().describe('ISO 8601 instant when the token stops working.'),
  })
  .meta({ id: 'Session' });
export type Session = z.infer<typeof Session>;

export const SignInResponse = z
  .object({ token: z.string().describe('Send as `Authorization: Bearer <token>`.'), session: Session })
  .meta({ id: 'SignInResponse' });
export type SignInResponse = z.infer<typeof SignInResponse>;
