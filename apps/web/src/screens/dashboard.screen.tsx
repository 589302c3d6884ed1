import { useCallback, useEffect, useState } from 'react';
import type {
  Article,
  DeliveryGroup,
  DeliveryMetrics,
  Readiness,
  RepairGroup,
  RepairMetrics,
  StockLevel,
} from '../api/api-client.js';
import { ExportButtons } from '../components/export-buttons.js';
import { PrescriptionStatisticsSection } from '../components/prescription-statistics.js';
import { FittingKpi } from '../components/fitting-kpi.js';
import { ShareChart } from '../components/share-chart.js';
import { Table, type Column } from '../components/table.js';
import {
  InputField,
  monthOf,
  Notice,
  Section,
  shiftMonth,
  todayInStockholm,
  useAction,
  useApi,
} from '../components/ui.js';
import { formatPercent, useI18n } from '../i18n/i18n.js';

const lastDayOf = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
};

type Figures = {
  /** The months shown, as the days the figures were read for: a download gives what the table shows. */
  range: { from: string; to: string };
  deliveryByMonth: DeliveryMetrics;
  deliveryByMunicipality: DeliveryMetrics;
  repairsByMonth: RepairMetrics;
  stock: StockLevel[];
  articles: Article[];
};

const KpiChart = ({
  title,
  metrics: { target, groups },
  testId,
}: {
  title: string;
  metrics: { target: number; groups: { key: string; share: number }[] };
  testId: string;
}) => {
  const { t, language } = useI18n();
  return (
    <Section title={title} className="kpi">
      <p className="kpi-target">{t.dashboard.target(formatPercent(target, language))}</p>
      <ShareChart title={title} target={target} groups={groups} testId={testId} />
    </Section>
  );
};

const count = <Row,>(header: string, figure: (row: Row) => number): Column<Row> => ({
  header,
  numeric: true,
  cell: figure,
});

const stockKey = (row: StockLevel) => `${row.articleNo}-${row.location}`;

/** One KPI per row: its counts, then its share coloured against the target (and, with `sayVerdict`, spoken). */
const KpiTable = <Group extends { key: string; share: number }>({
  testId,
  keyHeader,
  counts,
  metrics,
  empty,
  sayVerdict = false,
}: {
  testId: string;
  keyHeader: string;
  counts: Column<Group>[];
  metrics: { target: number; groups: Group[] };
  empty?: string;
  sayVerdict?: boolean;
}) => {
  const { t, language } = useI18n();
  const meets = (group: Group) => group.share >= metrics.target;
  return (
    <Table
      testId={testId}
      columns={[
        { header: keyHeader, rowHeader: true, cell: (group) => group.key },
        ...counts,
        {
          header: t.dashboard.share,
          numeric: true,
          className: (group) => (meets(group) ? 'good' : 'bad'),
          cell: (group) =>
            sayVerdict ? (
              <>
                {formatPercent(group.share, language)}{' '}
                <span className="sr-only">{meets(group) ? t.dashboard.meetsTarget : t.dashboard.belowTarget}</span>
              </>
            ) : (
              formatPercent(group.share, language)
            ),
        },
      ]}
      rows={metrics.groups}
      rowKey={(group) => group.key}
      rowAttributes={(group) => ({ 'data-key': group.key })}
      empty={empty}
    />
  );
};

export const DashboardScreen = () => {
  const { t } = useI18n();
  const api = useApi();
  const thisMonth = monthOf(todayInStockholm());
  const [from, setFrom] = useState(() => shiftMonth(thisMonth, -11));
  const [to, setTo] = useState(thisMonth);
  const [figures, setFigures] = useState<Figures | null>(null);
  const [readiness, setReadiness] = useState<Readiness | null>(null);
  const [lowAt, setLowAt] = useState(2);
  const [lowOnly, setLowOnly] = useState(false);
  const loader = useAction();
  const lagLoader = useAction();

  const load = useCallback(async () => {
    const range = { from: `${from}-01`, to: lastDayOf(to) };
    await loader.run(async () => {
      const [deliveryByMonth, deliveryByMunicipality, repairsByMonth, stock, articles] = await Promise.all([
        api.deliveryMetrics({ ...range, groupBy: 'month' }),
        api.deliveryMetrics({ ...range, groupBy: 'municipality' }),
        api.repairMetrics(range),
        api.stock(),
        api.articles(),
      ]);
      setFigures({
        range,
        deliveryByMonth,
        deliveryByMunicipality,
        repairsByMonth,
        stock: stock.items,
        articles: articles.items,
      });
    });
    await lagLoader.run(async () => setReadiness(await api.readiness()));
  }, [api, from, to]);

  useEffect(() => {
    void load();
  }, [api]);

  const articleName = (articleNo: string) =>
    figures?.articles.find((article) => article.articleNo === articleNo)?.name ?? '';
  const isConsumable = (articleNo: string) =>
    figures?.articles.find((article) => article.articleNo === articleNo)?.kind === 'consumable';
  const available = (row: StockLevel) => (isConsumable(row.articleNo) ? (row.quantityOnHand ?? 0) : row.ready);
  const isLow = (row: StockLevel) => available(row) <= lowAt;
  const stockRows = (figures?.stock ?? [])
    .filter((row) => !isConsumable(row.articleNo) && (!lowOnly || isLow(row)))
    .sort((a, b) => Number(isLow(b)) - Number(isLow(a)) || a.articleNo.localeCompare(b.articleNo));
  const consumableRows = (figures?.stock ?? [])
    .filter((row) => isConsumable(row.articleNo) && (!lowOnly || isLow(row)))
    .sort(
      (a, b) =>
        Number(isLow(b)) - Number(isLow(a)) ||
        a.articleNo.localeCompare(b.articleNo) ||
        a.location.localeCompare(b.location),
    );
  const lowCount = (figures?.stock ?? []).filter(isLow).length;
  const deliveryCounts: Column<DeliveryGroup>[] = [
    count(t.dashboard.deliveries, (group) => group.deliveries),
    count(t.dashboard.onPlannedDay, (group) => group.onPlannedDay),
    count(t.dashboard.early, (group) => group.early),
    count(t.dashboard.late, (group) => group.late),
  ];
  const repairCounts: Column<RepairGroup>[] = [
    count(t.dashboard.completed, (group) => group.completed),
    count(t.dashboard.withinFive, (group) => group.withinFiveWorkingDays),
  ];
  const articleColumn: Column<StockLevel> = {
    header: t.asset.article,
    rowHeader: true,
    cell: (row) => (
      <>
        {row.articleNo} {articleName(row.articleNo)}
        {isLow(row) && <span className="badge badge-low">{t.dashboard.low}</span>}
      </>
    ),
  };
  const locationColumn: Column<StockLevel> = { header: t.asset.location, cell: (row) => row.location };

  return (
    <div className="screen dashboard">
      <h1>{t.dashboard.title}</h1>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          void load();
        }}
      >
        <InputField
          label={t.dashboard.from}
          type="month"
          name="from"
          required
          max={to}
          value={from}
          onValueChange={setFrom}
        />
        <InputField
          label={t.dashboard.to}
          type="month"
          name="to"
          required
          min={from}
          value={to}
          onValueChange={setTo}
        />
        <button type="submit" disabled={loader.busy}>
          {loader.busy ? t.loading : t.refresh}
        </button>
      </form>
      <Notice outcome={loader.outcome} />
      {figures && (
        <>
          <div className="kpi-grid">
            <KpiChart title={t.dashboard.deliveryTitle} metrics={figures.deliveryByMonth} testId="delivery-chart" />
            <KpiChart title={t.dashboard.repairTitle} metrics={figures.repairsByMonth} testId="repair-chart" />
            <FittingKpi range={figures.range} />
          </div>
          <div className="kpi-grid">
            <Section title={t.dashboard.deliveryTitle + ' – ' + t.dashboard.month}>
              <KpiTable
                testId="delivery-by-month"
                keyHeader={t.dashboard.month}
                counts={deliveryCounts}
                metrics={figures.deliveryByMonth}
                empty={t.dashboard.noData}
              />
              <ExportButtons
                name="delivery-metrics"
                what={t.exports.deliveryByMonth}
                query={{ ...figures.range, groupBy: 'month' }}
              />
            </Section>
            <Section title={t.dashboard.repairTitle + ' – ' + t.dashboard.month}>
              <KpiTable
                testId="repairs-by-month"
                keyHeader={t.dashboard.month}
                counts={repairCounts}
                metrics={figures.repairsByMonth}
                empty={t.dashboard.noData}
              />
              <ExportButtons name="repair-metrics" what={t.exports.repairsByMonth} query={figures.range} />
            </Section>
          </div>
          <Section title={t.dashboard.byMunicipality}>
            {figures.deliveryByMunicipality.groups.length === 0 ? (
              <p>{t.dashboard.noData}</p>
            ) : (
              <KpiTable
                testId="delivery-by-municipality"
                keyHeader={t.dashboard.municipality}
                counts={deliveryCounts}
                metrics={figures.deliveryByMunicipality}
                sayVerdict
              />
            )}
            <ExportButtons
              name="delivery-metrics"
              what={t.exports.deliveryByMunicipality}
              query={{ ...figures.range, groupBy: 'municipality' }}
            />
          </Section>
          <PrescriptionStatisticsSection range={figures.range} />
          <Section title={t.dashboard.stockTitle}>
            <div className="inline-form">
              <InputField
                label={t.dashboard.lowThreshold}
                type="number"
                name="lowAt"
                min={0}
                value={lowAt}
                onValueChange={(value) => setLowAt(Math.max(0, Number(value) || 0))}
              />
              <label className="checkbox">
                <input type="checkbox" checked={lowOnly} onChange={(event) => setLowOnly(event.target.checked)} />
                {t.dashboard.lowOnly}
              </label>
            </div>
            <p className={lowCount > 0 ? 'notice notice-warning' : 'muted'} data-testid="low-count">
              {t.dashboard.lowCount(lowCount)}
            </p>
            <Table<StockLevel>
              testId="stock"
              columns={[
                articleColumn,
                locationColumn,
                count(t.dashboard.ready, (row) => row.ready),
                count(t.dashboard.allocatedCol, (row) => row.allocated),
                count(t.dashboard.inTransit, (row) => row.inTransit),
                count(t.dashboard.onLoan, (row) => row.onLoan),
                count(t.dashboard.awaiting, (row) => row.awaitingReconditioning),
                count(t.dashboard.scrapped, (row) => row.scrapped),
              ]}
              rows={stockRows}
              rowKey={stockKey}
              rowAttributes={(row) => ({
                className: isLow(row) ? 'low' : undefined,
                'data-article': row.articleNo,
                'data-location': row.location,
              })}
            />
            {consumableRows.length > 0 && (
              <>
                <h3>{t.dashboard.consumablesTitle}</h3>
                <Table<StockLevel>
                  testId="consumable-stock"
                  columns={[articleColumn, locationColumn, count(t.dashboard.onHand, (row) => row.quantityOnHand ?? 0)]}
                  rows={consumableRows}
                  rowKey={stockKey}
                  rowAttributes={(row) => ({ className: isLow(row) ? 'low' : undefined })}
                />
              </>
            )}
            <ExportButtons name="stock" what={t.exports.stock} />
          </Section>
        </>
      )}
      <Section title={t.dashboard.lagTitle}>
        <Notice outcome={lagLoader.outcome} />
        {readiness && (
          <>
            <p>
              {t.dashboard.readyStatus(
                readiness.status === 'ready' ? t.dashboard.readyState : t.dashboard.notReadyState,
              )}
            </p>
            <Table
              testId="projection-lag"
              columns={[
                { header: t.dashboard.projection, rowHeader: true, cell: (projection) => projection.name },
                { header: t.dashboard.version, numeric: true, cell: (projection) => projection.version },
                {
                  header: t.dashboard.lagEvents,
                  numeric: true,
                  cell: (projection) => (projection.lagEvents === 0 ? t.dashboard.upToDate : projection.lagEvents),
                },
                {
                  header: t.dashboard.lagMs,
                  numeric: true,
                  cell: (projection) => (projection.lagEvents === 0 ? t.none : `${Math.round(projection.lagMs)} ms`),
                },
              ]}
              rows={readiness.projections}
              rowKey={(projection) => projection.name}
            />
          </>
        )}
      </Section>
    </div>
  );
};
