const formats = new Map<string, Intl.DateTimeFormat>();

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    formats.set(key, format);
  }
  return format;
}

/**
 * Formats an ISO date (`2026-03-01`) or instant (`2026-03-01T09:30:00Z`) as a date. A plain date
 * is read as that calendar day everywhere, not as midnight UTC shifted into the buyer's zone.
 */
export function formatDate(iso: string, locale: string): string {
  const plain = /^\d{4}-\d{2}-\d{2}$/.test(iso);
  return dateFormat(locale, { dateStyle: 'medium', ...(plain && { timeZone: 'UTC' }) }).format(new Date(plain ? `${iso}T00:00:00Z` : iso));
}

/** Formats an ISO instant as date and time. */
export function formatDateTime(iso: string, locale: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
