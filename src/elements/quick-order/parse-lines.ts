/** One line of pasted or imported text: a SKU and the quantity as written. */
export interface ParsedLine {
  /** 1-based line number in the text, to report problems where the buyer can find them. */
  line: number;
  sku: string;
  quantity: string;
}

/**
 * Reads "SKU,quantity" lines as pasted from a spreadsheet (tab-separated), exported as CSV (comma
 * or semicolon) or typed. Blank lines and a header row are skipped; quotes around cells are
 * dropped. Quantities stay text: the server judges them, so one bad line never stops the others.
 */
export function parseLines(text: string): ParsedLine[] {
  const parsed: ParsedLine[] = [];
  text.split(/\r\n|\n|\r/).forEach((raw, index) => {
    if (!raw.trim()) return;
    const separator = raw.includes('\t') ? '\t' : raw.includes(';') ? ';' : ',';
    const [sku = '', quantity = ''] = raw.split(separator).map((cell) => cell.trim().replace(/^"(.*)"$/, '$1').trim());
    if (parsed.length === 0 && /^(sku|code|cod|item|article)/i.test(sku) && !/\d/.test(quantity)) return; // a header row
    parsed.push({ line: index + 1, sku, quantity });
  });
  return parsed;
}
