import { z } from 'zod';

/** ISO 3166-1 alpha-2 country code, e.g. `DE`, `RO`. */
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'Use a two-letter country code, such as RO');

/** One of the customer's delivery addresses. */
export const Address = z
  .object({
    id: z.number().int(),
    label: z.string().describe('What the buyer calls it, e.g. `Main warehouse`.'),
    recipient: z.string().describe('Company or person the goods go to.'),
    line1: z.string(),
    line2: z.string().nullable(),
    postalCode: z.string(),
    city: z.string(),
    region: z.string().nullable(),
    country: CountryCode,
    phone: z.string().nullable(),
    isDefault: z.boolean(),
  })
  .meta({ id: 'Address' });
export type Address = z.infer<typeof Address>;

/** Where a buyer may collect an order at the supplier instead of having it delivered. */
export const PickupLocation = z
  .object({
    name: z.string(),
    line1: z.string(),
    line2: z.string().nullable(),
    postalCode: z.string(),
    city: z.string(),
    country: CountryCode,
    openingHours: z.string().nullable().describe('Free text, e.g. `Mon–Fri 08:00–17:00`.'),
  })
  .meta({ id: 'PickupLocation' });
export type PickupLocation = z.infer<typeof PickupLocation>;

export const AddressList = z
  .object({
    items: z.array(Address).describe('The customer’s delivery addresses, the default first.'),
    pickup: PickupLocation.nullable().describe('The supplier’s pickup location; null when the supplier offers no pickup.'),
  })
  .meta({ id: 'AddressList' });
export type AddressList = z.infer<typeof AddressList>;

/** How an order reaches the buyer: to one of its addresses, or collected at the supplier. */
export const Delivery = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('address'), addressId: z.number().int().positive() }),
    z.object({ kind: z.literal('pickup') }),
  ])
  .meta({ id: 'Delivery' });
export type Delivery = z.infer<typeof Delivery>;
