import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { Invoice } from '../../contract/invoices.js';
import type { Money } from '../../contract/common.js';
import type { Queryable } from '../db/database.js';

// Roboto covers Romanian (ș, ț, ă) and the rest of Latin Extended, which PDF's built-in fonts do not.
const require = createRequire(import.meta.url);
const fonts = {
  regular: require.resolve('roboto-fontface/fonts/roboto/Roboto-Regular.woff'),
  bold: require.resolve('roboto-fontface/fonts/roboto/Roboto-Medium.woff'),
};

export interface Supplier {
  name: string;
  address: string;
  taxId: string;
  bankAccount: string;
}

export async function supplierOf(db: Queryable): Promise<Supplier> {
  const [row] = await db.query<{ name: string; address: string; tax_id: string; bank_account: string }>(
    'SELECT name, address, tax_id, bank_account FROM supplier',
  );
  return { name: row?.name ?? '', address: row?.address ?? '', taxId: row?.tax_id ?? '', bankAccount: row?.bank_account ?? '' };
}

const labels = {
  en: {
    invoice: 'Invoice', proforma: 'Proforma invoice', receipt: 'Receipt', credit_note: 'Credit note',
    supplier: 'Supplier', billTo: 'Bill to', taxId: 'Tax ID', bank: 'Bank account', issueDate: 'Issue date', dueDate: 'Due date',
    order: 'Order', appliesTo: 'Credits invoice', description: 'Description', quantity: 'Qty', unitPrice: 'Unit price', vat: 'VAT',
    net: 'Net', total: 'Total', totalNet: 'Total without VAT', totalVat: 'VAT', totalGross: 'Total', paid: 'Paid', due: 'Amount due',
    page: 'Page',
  },
  ro: {
    invoice: 'Factură', proforma: 'Factură proformă', receipt: 'Chitanță', credit_note: 'Notă de credit',
    supplier: 'Furnizor', billTo: 'Client', taxId: 'CIF', bank: 'Cont bancar', issueDate: 'Data emiterii', dueDate: 'Scadență',
    order: 'Comandă', appliesTo: 'Stornează factura', description: 'Descriere', quantity: 'Cant.', unitPrice: 'Preț unitar', vat: 'TVA',
    net: 'Valoare', total: 'Total', totalNet: 'Total fără TVA', totalVat: 'TVA', totalGross: 'Total de plată', paid: 'Achitat', due: 'Rest de plată',
    page: 'Pagina',
  },
};

/** Money as the customer reads it, e.g. `1.234,56 RON` or `€1,234.56`. */
export function formatMoneyFor(money: Money, locale: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

const formatDate = (date: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));

/** Renders one document (supplier, customer, number, dates, lines, totals) as a PDF. */
export function renderDocumentPdf(document: Invoice, supplier: Supplier, locale: string): Promise<Buffer> {
  const language = locale.toLowerCase().startsWith('ro') ? 'ro' : 'en';
  const t = labels[language];
  const intlLocale = language === 'ro' ? 'ro-RO' : locale;
  const money = (value: Money) => formatMoneyFor(value, intlLocale);

  const pdf = new PDFDocument({
    size: 'A4',
    margin: 48,
    bufferPages: true,
    info: { Title: `${t[document.type]} ${document.number}`, Author: supplier.name },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });

  const left = pdf.page.margins.left;
  const width = pdf.page.width - left - pdf.page.margins.right;

  pdf.font(fonts.bold).fontSize(20).text(`${t[document.type]} ${document.number}`, left, 48);
  pdf.moveDown(0.8);

  // Supplier on the left, customer on the right.
  const partiesTop = pdf.y;
  const column = width / 2 - 12;
  const party = (x: number, heading: string, lines: string[]) => {
    pdf.font(fonts.bold).fontSize(9).fillColor('#57606a').text(heading.toUpperCase(), x, partiesTop, { width: column });
    pdf.font(fonts.regular).fontSize(10).fillColor('#000000');
    for (const line of lines.filter(Boolean)) pdf.text(line, x, pdf.y, { width: column });
    return pdf.y;
  };
  const supplierBottom = party(left, t.supplier, [
    supplier.name, ...supplier.address.split('\n'), supplier.taxId && `${t.taxId}: ${supplier.taxId}`, supplier.bankAccount && `${t.bank}: ${supplier.bankAccount}`,
  ]);
  const customerBottom = party(left + width / 2 + 12, t.billTo, [
    document.billTo.name, ...document.billTo.address.split('\n'), document.billTo.taxId && `${t.taxId}: ${document.billTo.taxId}`,
  ]);
  pdf.y = Math.max(supplierBottom, customerBottom) + 16;

  const facts: [string, string][] = [
    [t.issueDate, formatDate(document.issueDate, intlLocale)],
    [t.dueDate, formatDate(document.dueDate, intlLocale)],
    ...(document.orderNumber ? [[t.order, document.orderNumber] as [string, string]] : []),
    ...(document.appliesTo ? [[t.appliesTo, document.appliesTo.number] as [string, string]] : []),
  ];
  for (const [label, value] of facts) {
    const y = pdf.y;
    pdf.font(fonts.bold).fontSize(10).text(`${label}:`, left, y, { width: 120 });
    pdf.font(fonts.regular).text(value, left + 120, y, { width: width - 120 });
  }
  pdf.moveDown(1);

  // Lines: description takes what the number columns leave.
  const columns = [
    { key: 'description', label: t.description, width: 0, align: 'left' as const },
    { key: 'quantity', label: t.quantity, width: 50, align: 'right' as const },
    { key: 'unitPrice', label: t.unitPrice, width: 80, align: 'right' as const },
    { key: 'vat', label: `${t.vat} %`, width: 45, align: 'right' as const },
    { key: 'net', label: t.net, width: 80, align: 'right' as const },
    { key: 'total', label: t.total, width: 85, align: 'right' as const },
  ];
  columns[0]!.width = width - columns.slice(1).reduce((sum, c) => sum + c.width, 0);
  const row = (cells: string[], font: string) => {
    const heights = cells.map((cell, index) => pdf.font(font).fontSize(9).heightOfString(cell, { width: columns[index]!.width - 6 }));
    const height = Math.max(...heights) + 6;
    if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom - 20) {
      pdf.addPage();
      pdf.y = pdf.page.margins.top;
    }
    const y = pdf.y;
    let x = left;
    cells.forEach((cell, index) => {
      const { width: cellWidth, align } = columns[index]!;
      pdf.font(font).fontSize(9).text(cell, x + 3, y + 3, { width: cellWidth - 6, align });
      x += cellWidth;
    });
    pdf.moveTo(left, y + height).lineTo(left + width, y + height).lineWidth(0.5).strokeColor('#d0d7de').stroke();
    pdf.y = y + height;
  };
  row(columns.map((c) => c.label), fonts.bold);
  for (const line of document.lines) {
    row(
      [
        line.sku ? `${line.description} (${line.sku})` : line.description,
        `${line.quantity} ${line.unit}`,
        money(line.unitPrice),
        new Intl.NumberFormat(intlLocale).format(line.vatRate),
        money(line.net),
        money(line.amount),
      ],
      fonts.regular,
    );
  }
  pdf.moveDown(1);

  const totals: [string, string, boolean][] = [
    [t.totalNet, money(document.net), false],
    [t.totalVat, money(document.vat), false],
    [t.totalGross, money(document.amount), true],
  ];
  if (document.type === 'invoice' || document.type === 'proforma') {
    totals.push([t.paid, money(document.amountPaid), false], [t.due, money(document.amountDue), true]);
  }
  for (const [label, value, strong] of totals) {
    const y = pdf.y;
    pdf.font(strong ? fonts.bold : fonts.regular).fontSize(10);
    pdf.text(label, left + width - 280, y, { width: 170, align: 'right' });
    pdf.text(value, left + width - 110, y, { width: 110, align: 'right' });
  }
  if (document.notes) {
    pdf.moveDown(1.5);
    pdf.font(fonts.regular).fontSize(9).fillColor('#57606a').text(document.notes, left, pdf.y, { width });
  }

  // Page numbers once the page count is known.
  const range = pdf.bufferedPageRange();
  for (let index = range.start; index < range.start + range.count; index++) {
    pdf.switchToPage(index);
    // Below the bottom margin: without this pdfkit would start a new page for the footer.
    pdf.page.margins.bottom = 0;
    pdf.font(fonts.regular).fontSize(8).fillColor('#57606a')
      .text(`${document.number} · ${t.page} ${index + 1} / ${range.count}`, left, pdf.page.height - 36, { width, align: 'right', lineBreak: false });
  }
  pdf.end();
  return finished;
}
