import { DomainError } from '@aidledger/domain';
import { sql } from 'kysely';
import type { ReadModelDb } from '../read-model-db.js';
import { activePrefix } from '../runtime/projection-state.js';
import { toNumber } from '../runtime/rows.js';
import { prescriptionTable, type StatisticsSex } from './prescription-statistics.projection.js';

export const PRESCRIPTION_GROUP_BY = ['sex', 'municipality', 'isoClass', 'ageBand'] as const;
export type PrescriptionGroupBy = (typeof PRESCRIPTION_GROUP_BY)[number];
export const STATISTICS_SEXES: readonly StatisticsSex[] = ['female', 'male', 'other', 'unknown'];

/** Counts from 1 to 4 are not shown: so few could single a person out. */
export const SMALLEST_SHOWN_COUNT = 5;

/** Age at the order (the year of `placedOn` minus the birth year), in the bands the board reads. */
export const AGE_BANDS = [
  { key: '0-17', from: 0, to: 17 },
  { key: '18-64', from: 18, to: 64 },
  { key: '65-79', from: 65, to: 79 },
  { key: '80+', from: 80, to: Number.POSITIVE_INFINITY },
] as const;

export const ageBandOf = (age: number | null): string =>
  age === null ? 'unknown' : (AGE_BANDS.find((band) => age >= band.from && age <= band.to)?.key ?? 'unknown');

/** A count, or null when suppressed. */
export type SuppressibleCount = number | null;
export type PrescriptionStatisticsGroup = Record<StatisticsSex, SuppressibleCount> & {
  key: string;
  total: SuppressibleCount;
  suppressed: boolean;
};
export type PrescriptionStatistics = {
  from: string | null;
  to: string | null;
  groupBy: PrescriptionGroupBy;
  groups: PrescriptionStatisticsGroup[];
  /** Orders whose person has no recorded sex, of all orders in the period; three decimals, null when suppressed. */
  unknownShare: number | null;
};
export type PrescriptionStatisticsFilter = { from?: string; to?: string; groupBy: PrescriptionGroupBy };

const shareOf = (part: number, whole: number): number => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 1000);

/**
 * Small-cell suppression of one group. Primary: a sex cell of 1 to 4 is null (0 names nobody and is shown).
 * Secondary: the total minus the shown cells gives the suppressed cells' sum, so while that sum is 1 to 4 the
 * smallest shown non-zero cell is suppressed too; when no such cell is left, the total is suppressed instead.
 */
export const suppressSmallCells = (key: string, counts: Record<StatisticsSex, number>): PrescriptionStatisticsGroup => {
  const small = (count: number) => count > 0 && count < SMALLEST_SHOWN_COUNT;
  const hidden = new Set(STATISTICS_SEXES.filter((sex) => small(counts[sex])));
  const hiddenSum = () => [...hidden].reduce((sum, sex) => sum + counts[sex], 0);
  let totalHidden = false;
  while (small(hiddenSum())) {
    const complement = STATISTICS_SEXES.filter((sex) => !hidden.has(sex) && counts[sex] > 0).sort(
      (a, b) => counts[a] - counts[b],
    )[0];
    if (!complement) {
      totalHidden = true;
      break;
    }
    hidden.add(complement);
  }
  const total = STATISTICS_SEXES.reduce((sum, sex) => sum + counts[sex], 0);
  const cells = Object.fromEntries(STATISTICS_SEXES.map((sex) => [sex, hidden.has(sex) ? null : counts[sex]]));
  return {
    key,
    ...(cells as Record<StatisticsSex, SuppressibleCount>),
    total: totalHidden ? null : total,
    suppressed: hidden.size > 0 || totalHidden,
  };
};

const groupOrder = (groupBy: PrescriptionGroupBy): ((a: string, b: string) => number) => {
  const fixed: readonly string[] | null =
    groupBy === 'sex' ? STATISTICS_SEXES : groupBy === 'ageBand' ? [...AGE_BANDS.map((b) => b.key), 'unknown'] : null;
  return fixed ? (a, b) => fixed.indexOf(a) - fixed.indexOf(b) : (a, b) => a.localeCompare(b, 'sv');
};

/**
 * Orders placed (by `placedOn`, from and to inclusive) split by the person's sex, grouped by sex, the order's
 * municipality, the article's ISO class or the age band at the order. Counts are per order, so a person with two
 * orders counts twice; an order whose person or article is not (yet) registered counts as unknown.
 */
export const findPrescriptionStatistics = async (
  db: ReadModelDb,
  filter: PrescriptionStatisticsFilter,
): Promise<PrescriptionStatistics> => {
  const { from, to, groupBy } = filter;
  if (from && to && from > to)
    throw new DomainError('STATISTICS.FROM_AFTER_TO', 'from must not lie after to', 'invalid', { field: 'from' });
  const period = { from: from ?? null, to: to ?? null, groupBy };
  const prefix = await activePrefix(db, 'prescription-statistics');
  if (!prefix) return { ...period, groups: [], unknownShare: null };
  const dimension = {
    sex: sql<string>`coalesce(p.sex, 'unknown')`,
    municipality: sql<string>`o.municipality`,
    isoClass: sql<string>`coalesce(a.iso_class, 'unknown')`,
    ageBand: sql<string>`cast(substr(o.placed_on, 1, 4) as integer) - p.birth_year`,
  }[groupBy];
  let query = db
    .selectFrom(`${prescriptionTable(prefix, 'orders')} as o`)
    .leftJoin(`${prescriptionTable(prefix, 'persons')} as p`, 'p.person_id', 'o.person_id')
    .leftJoin(`${prescriptionTable(prefix, 'articles')} as a`, 'a.article_no', 'o.article_no')
    .select((eb) => [
      dimension.as('dimension'),
      sql<string>`coalesce(p.sex, 'unknown')`.as('sex'),
      eb.fn.countAll().as('orders'),
    ]);
  if (from) query = query.where('o.placed_on', '>=', from);
  if (to) query = query.where('o.placed_on', '<=', to);
  const rows = await query.groupBy(['dimension', 'sex']).execute();
  const counts = new Map<string, Record<StatisticsSex, number>>();
  for (const row of rows) {
    const dimensionValue = row.dimension as string | number | null;
    const key =
      groupBy === 'ageBand'
        ? ageBandOf(dimensionValue === null ? null : toNumber(dimensionValue))
        : String(dimensionValue);
    const group = counts.get(key) ?? { female: 0, male: 0, other: 0, unknown: 0 };
    group[row.sex as StatisticsSex] += toNumber(row.orders);
    counts.set(key, group);
  }
  const totals = [...counts.values()].reduce(
    (sum, group) => ({
      all: sum.all + STATISTICS_SEXES.reduce((n, sex) => n + group[sex], 0),
      unknown: sum.unknown + group.unknown,
    }),
    { all: 0, unknown: 0 },
  );
  const order = groupOrder(groupBy);
  return {
    ...period,
    groups: [...counts.entries()].sort(([a], [b]) => order(a, b)).map(([key, group]) => suppressSmallCells(key, group)),
    // A share of 1 to 4 persons' orders could be multiplied back to a small count: suppressed like a cell.
    unknownShare:
      totals.unknown > 0 && totals.unknown < SMALLEST_SHOWN_COUNT ? null : shareOf(totals.unknown, totals.all),
  };
};
