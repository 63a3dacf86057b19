const formats = new Map<string, Intl.DateTimeFormat>();

/** Formats a calendar date sent as `YYYY-MM-DD`, read as that day wherever the buyer is. */
export function formatDate(date: string, locale: string): string {
  let format = formats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    formats.set(locale, format);
  }
  return format.format(new Date(`${date}T00:00:00Z`));
}
