// Not shipped: check-budgets bundles this to prove that its forbidden-code check finds schema code.
import { z } from 'zod';

export const canary = z.object({ id: z.number() });
