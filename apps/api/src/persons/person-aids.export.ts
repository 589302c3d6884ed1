import { findAidRegisterPage, findPersonAids, type AidRegisterEntry } from '@aidledger/projections';
import { fieldColumns } from '../exports/export-table.js';
import { pagesOf, type ExportDeclaration } from '../exports/exporter.js';
import { personNotFound } from './person.reads.js';

/** The register of aids and who has them: every aid out now, the person by pseudonymous id (no personnummer). */
export const aidRegisterExport: ExportDeclaration<object, AidRegisterEntry> = {
  table: () => ({
    fileName: 'aid-register',
    columns: fieldColumns<AidRegisterEntry>({
      assetId: 'text',
      unitNumber: 'text',
      serialNumber: 'text',
      articleNo: 'text',
      personId: 'text',
      since: 'day',
      orderId: 'text',
      municipality: 'text',
    }),
  }),
  pages: (read) => pagesOf((cursor) => read(({ db }) => findAidRegisterPage(db, { cursor, limit: 2000 }))),
  personReads: { action: 'export.aid-register', personIdOf: (entry) => entry.personId },
};

/** One row per holding: `to` is empty while the person holds the aid (then `orderId` names its order). */
export type PersonAidRow = {
  personId: string;
  assetId: string;
  articleNo: string;
  from: string;
  to: string | null;
  orderId: string | null;
};

export const personAidsExport: ExportDeclaration<{ personId: string }, PersonAidRow> = {
  table: () => ({
    fileName: 'person-aids',
    columns: fieldColumns<PersonAidRow>({
      personId: 'text',
      assetId: 'text',
      articleNo: 'text',
      from: 'day',
      to: 'day',
      orderId: 'text',
    }),
  }),
  async *pages(read, { personId }) {
    const aids = await read(({ db }) => findPersonAids(db, personId));
    if (!aids) throw personNotFound(personId);
    yield [
      ...aids.current.map(({ assetId, articleNo, since, orderId }) => ({
        personId,
        assetId,
        articleNo,
        from: since,
        to: null,
        orderId,
      })),
      ...aids.past.map(({ assetId, articleNo, from, to }) => ({
        personId,
        assetId,
        articleNo,
        from,
        to,
        orderId: null,
      })),
    ];
  },
  personReads: { action: 'export.person-aids', personIdOf: (row) => row.personId },
};
