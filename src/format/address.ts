/** The parts of a postal address the elements show. */
export interface PostalAddress {
  recipient?: string;
  name?: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  region?: string | null;
  country: string;
}

const regionNames = new Map<string, Intl.DisplayNames>();

function countryName(code: string, locale: string): string {
  let names = regionNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: 'region' });
    regionNames.set(locale, names);
  }
  return names.of(code) ?? code;
}

/** An address on one line, with the country named in the buyer's language. */
export function formatAddress(address: PostalAddress, locale: string): string {
  return [
    address.recipient ?? address.name,
    address.line1,
    address.line2,
    `${address.postalCode} ${address.city}`.trim(),
    address.region,
    countryName(address.country, locale),
  ]
    .filter(Boolean)
    .join(', ');
}
