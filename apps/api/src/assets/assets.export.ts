import { findAssets, type AssetIndexFilter, type AssetIndexItem } from '@aidledger/projections';
import { fieldColumns } from '../exports/export-table.js';
import { pagesOf, type ExportDeclaration } from '../exports/exporter.js';

/** The asset index, every page of it; the holder by pseudonymous id. */
export const assetsExport: ExportDeclaration<Omit<AssetIndexFilter, 'cursor' | 'limit'>, AssetIndexItem> = {
  table: () => ({
    fileName: 'assets',
    columns: fieldColumns<AssetIndexItem>({
      assetId: 'text',
      unitNumber: 'text',
      articleNo: 'text',
      serialNumber: 'text',
      lot: 'text',
      udiDi: 'text',
      status: 'text',
      personId: 'text',
      location: 'text',
      lastEventAt: 'instant',
    }),
  }),
  pages: (read, query) => pagesOf((cursor) => read(({ db }) => findAssets(db, { ...query, cursor, limit: 500 }))),
  personReads: { action: 'export.assets', personIdOf: (item) => item.personId },
};
