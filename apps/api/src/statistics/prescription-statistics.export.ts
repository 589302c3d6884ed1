import {
  findPrescriptionStatistics,
  type PrescriptionStatisticsFilter,
  type PrescriptionStatisticsGroup,
} from '@aidledger/projections';
import { fieldColumns } from '../exports/export-table.js';
import type { ExportDeclaration } from '../exports/exporter.js';

type ExportedGroup = PrescriptionStatisticsGroup & { unknownShare: number | null };

/** The same figures as the JSON answer: a suppressed count is an empty cell; each row repeats the unknown share. */
export const prescriptionStatisticsExport: ExportDeclaration<Partial<PrescriptionStatisticsFilter>, ExportedGroup> = {
  table: ({ groupBy = 'sex' }) => ({
    fileName: `prescription-statistics-by-${groupBy}`,
    columns: [
      { header: groupBy, kind: 'text', value: (group) => group.key },
      ...fieldColumns<ExportedGroup>({
        female: 'integer',
        male: 'integer',
        other: 'integer',
        unknown: 'integer',
        total: 'integer',
      }),
      { header: 'suppressed', kind: 'text', value: (group) => String(group.suppressed) },
      ...fieldColumns<ExportedGroup>({ unknownShare: 'share' }),
    ],
  }),
  async *pages(read, query) {
    const statistics = await read(({ db }) =>
      findPrescriptionStatistics(db, { ...query, groupBy: query.groupBy ?? 'sex' }),
    );
    yield statistics.groups.map((group) => ({ ...group, unknownShare: statistics.unknownShare }));
  },
};
