import type { Principal } from '../auth/roles.js';
import type { ExportColumn } from '../exports/export-table.js';
import { fieldColumns } from '../exports/export-table.js';
import type { ExportDeclaration } from '../exports/exporter.js';
import type { BillingReads, NamedLine, PayerMonth } from './billing.reads.js';

export type InvoiceBasisExportQuery = PayerMonth & { reader: Principal };

/** The events behind a line as one text: `streamId@revision`, space-separated. */
const becauseColumn: ExportColumn<NamedLine> = {
  header: 'because',
  kind: 'text',
  value: (line) => line.because.map(({ streamId, revision }) => `${streamId}@${revision}`).join(' '),
};

/** A payer's invoice basis of a month, persons as personRef; a payer exports its own only. */
export const invoiceBasisExport = (billing: BillingReads): ExportDeclaration<InvoiceBasisExportQuery, NamedLine> => ({
  table: () => ({
    fileName: 'invoice-basis',
    columns: [
      ...fieldColumns<NamedLine>({
        lineId: 'text',
        kind: 'text',
        assetId: 'text',
        articleNo: 'text',
        personRef: 'text',
        periodStart: 'day',
        periodEnd: 'day',
        amountSek: 'decimal',
        corrects: 'text',
      }),
      becauseColumn,
    ],
  }),
  async *pages(_read, { reader, payerId, month }) {
    yield await billing.invoiceBasisLines(reader, { payerId, month });
  },
  personReads: { action: 'export.invoice-basis', personIdOf: (line) => line.personId },
});
