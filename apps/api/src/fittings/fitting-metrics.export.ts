import { findFittingMetrics, type FittingMetricsFilter, type FittingMetricsGroup } from '@aidledger/projections';
import { todayInStockholm } from '../clock/clock.js';
import { fieldColumns } from '../exports/export-table.js';
import type { ExportDeclaration } from '../exports/exporter.js';

type WithTarget = FittingMetricsGroup & { target: number };

/** The fitting KPI as the board's table: per month of the request, each row repeats the target. */
export const fittingMetricsExport: ExportDeclaration<FittingMetricsFilter, WithTarget> = {
  table: () => ({
    fileName: 'fitting-metrics-by-month',
    columns: [
      { header: 'month', kind: 'text', value: (group) => group.key },
      ...fieldColumns<WithTarget>({
        requests: 'integer',
        offeredWithin15WorkingDays: 'integer',
        share: 'share',
        target: 'share',
      }),
    ],
  }),
  async *pages(read, query) {
    const metrics = await read(({ db }) => findFittingMetrics(db, { ...query, today: todayInStockholm() }));
    yield metrics.groups.map((group) => ({ ...group, target: metrics.target }));
  },
};
