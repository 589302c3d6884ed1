import {
  findDeliveryMetrics,
  findRepairMetrics,
  type DeliveryMetricsFilter,
  type DeliveryMetricsGroup,
  type RepairMetricsFilter,
  type RepairMetricsGroup,
} from '@aidledger/projections';
import { fieldColumns, type ExportColumn } from '../exports/export-table.js';
import type { ExportDeclaration } from '../exports/exporter.js';

type WithTarget<Group> = Group & { target: number };

/** The group's key is headed by what it is (day, month, municipality, route); each row repeats the target. */
const keyColumn = <Group extends { key: string }>(groupBy: string): ExportColumn<Group> => ({
  header: groupBy,
  kind: groupBy === 'day' ? 'day' : 'text',
  value: (group) => group.key,
});

export const deliveryMetricsExport: ExportDeclaration<
  Partial<DeliveryMetricsFilter>,
  WithTarget<DeliveryMetricsGroup>
> = {
  table: ({ groupBy = 'month' }) => ({
    fileName: `delivery-metrics-by-${groupBy}`,
    columns: [
      keyColumn(groupBy),
      ...fieldColumns<WithTarget<DeliveryMetricsGroup>>({
        deliveries: 'integer',
        onPlannedDay: 'integer',
        early: 'integer',
        late: 'integer',
        share: 'share',
        target: 'share',
      }),
    ],
  }),
  async *pages(read, query) {
    const metrics = await read(({ db }) => findDeliveryMetrics(db, { ...query, groupBy: query.groupBy ?? 'month' }));
    yield metrics.groups.map((group) => ({ ...group, target: metrics.target }));
  },
};

export const repairMetricsExport: ExportDeclaration<RepairMetricsFilter, WithTarget<RepairMetricsGroup>> = {
  table: () => ({
    fileName: 'repair-metrics-by-month',
    columns: [
      keyColumn('month'),
      ...fieldColumns<WithTarget<RepairMetricsGroup>>({
        completed: 'integer',
        withinFiveWorkingDays: 'integer',
        share: 'share',
        target: 'share',
      }),
    ],
  }),
  async *pages(read, query) {
    const metrics = await read(({ db }) => findRepairMetrics(db, query));
    yield metrics.groups.map((group) => ({ ...group, target: metrics.target }));
  },
};
