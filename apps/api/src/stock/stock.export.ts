import { findStockLevels, type StockLevel, type StockLevelsFilter } from '@aidledger/projections';
import { fieldColumns } from '../exports/export-table.js';
import type { ExportDeclaration } from '../exports/exporter.js';

export const stockExport: ExportDeclaration<StockLevelsFilter, StockLevel> = {
  table: () => ({
    fileName: 'stock',
    columns: fieldColumns<StockLevel>({
      articleNo: 'text',
      location: 'text',
      ready: 'integer',
      allocated: 'integer',
      inTransit: 'integer',
      onLoan: 'integer',
      awaitingReconditioning: 'integer',
      scrapped: 'integer',
      quantityOnHand: 'integer',
    }),
  }),
  async *pages(read, query) {
    yield (await read(({ db }) => findStockLevels(db, query))).items;
  },
};
