import { useCallback, useEffect, useState } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Article, DeliveryMetrics, Readiness, RepairMetrics, StockLevel } from '../api/api-types.js';
import { Field, Notice, Section, todayInStockholm, useAction, useApi } from '../components/ui.js';
import { formatPercent, useI18n } from '../i18n/i18n.js';

const monthOf = (day: string) => day.slice(0, 7);
const shiftMonth = (month: string, by: number): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const date = new Date(Date.UTC(year, monthNumber - 1 + by, 1));
  return date.toISOString().slice(0, 7);
};
const lastDayOf = (month: string): string => {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(year, monthNumber, 0)).toISOString().slice(0, 10);
};

type Figures = {
  deliveryByMonth: DeliveryMetrics;
  deliveryByMunicipality: DeliveryMetrics;
  repairsByMonth: RepairMetrics;
  stock: StockLevel[];
  articles: Article[];
};

const KpiChart = ({
  title,
  target,
  rows,
  testId,
}: {
  title: string;
  target: number;
  rows: { key: string; share: number; count: number }[];
  testId: string;
}) => {
  const { t, language } = useI18n();
  const percent = (value: number) => formatPercent(value, language);
  // Shares near the target differ by a few percent: start the axis just below the lowest value so the gap shows.
  const lowest = Math.min(target, ...rows.map((row) => row.share));
  const floor = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
  return (
    <Section title={title} className="kpi">
      <p className="kpi-target">{t.dashboard.target(percent(target))}</p>
      {rows.length === 0 ? (
        <p>{t.dashboard.noData}</p>
      ) : (
        <>
          <div
            className="chart"
            data-testid={testId}
            role="img"
            aria-label={`${title}: ${rows.map((row) => `${row.key} ${percent(row.share)}`).join(', ')}`}
          >
            <ResponsiveContainer width="100%" height={260}>
              <ComposedChart data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
                <XAxis dataKey="key" padding={{ left: 16, right: 16 }} tick={{ fill: '#1f2a37', fontSize: 12 }} />
                <YAxis
                  domain={[floor, 1]}
                  tickFormatter={percent}
                  tick={{ fill: '#1f2a37', fontSize: 12 }}
                  width={56}
                />
                <Tooltip formatter={(value) => percent(Number(value))} />
                <Legend />
                <Line
                  type="linear"
                  dataKey="share"
                  name={t.dashboard.share}
                  stroke="#1d5fa7"
                  strokeWidth={3}
                  dot={{ r: 4, fill: '#1d5fa7' }}
                  isAnimationActive={false}
                />
                <ReferenceLine
                  y={target}
                  stroke="#b42318"
                  strokeDasharray="6 3"
                  strokeWidth={2}
                  label={{
                    value: t.dashboard.target(percent(target)),
                    position: 'insideTopRight',
                    fill: '#b42318',
                    fontSize: 12,
                  }}
                />
              </ComposedChart>
            </ResponsiveContainer>
          </div>
        </>
      )}
    </Section>
  );
};

export const DashboardScreen = () => {
  const { t, language } = useI18n();
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
  const percent = (value: number) => formatPercent(value, language);

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
        <Field label={t.dashboard.from}>
          {(props) => (
            <input
              {...props}
              type="month"
              name="from"
              required
              max={to}
              value={from}
              onChange={(event) => setFrom(event.target.value)}
            />
          )}
        </Field>
        <Field label={t.dashboard.to}>
          {(props) => (
            <input
              {...props}
              type="month"
              name="to"
              required
              min={from}
              value={to}
              onChange={(event) => setTo(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" disabled={loader.busy}>
          {loader.busy ? t.loading : t.refresh}
        </button>
      </form>
      <Notice outcome={loader.outcome} />
      {figures && (
        <>
          <div className="kpi-grid">
            <KpiChart
              title={t.dashboard.deliveryTitle}
              target={figures.deliveryByMonth.target}
              testId="delivery-chart"
              rows={figures.deliveryByMonth.groups.map((group) => ({
                key: group.key,
                share: group.share,
                count: group.deliveries,
              }))}
            />
            <KpiChart
              title={t.dashboard.repairTitle}
              target={figures.repairsByMonth.target}
              testId="repair-chart"
              rows={figures.repairsByMonth.groups.map((group) => ({
                key: group.key,
                share: group.share,
                count: group.completed,
              }))}
            />
          </div>
          <div className="kpi-grid">
            <Section title={t.dashboard.deliveryTitle + ' – ' + t.dashboard.month}>
              <div className="table-wrap">
                <table data-testid="delivery-by-month">
                  <thead>
                    <tr>
                      <th scope="col">{t.dashboard.month}</th>
                      <th scope="col" className="num">
                        {t.dashboard.deliveries}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.onPlannedDay}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.early}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.late}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.share}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.deliveryByMonth.groups.length === 0 && (
                      <tr>
                        <td colSpan={6}>{t.dashboard.noData}</td>
                      </tr>
                    )}
                    {figures.deliveryByMonth.groups.map((group) => (
                      <tr key={group.key} data-key={group.key}>
                        <th scope="row">{group.key}</th>
                        <td className="num">{group.deliveries}</td>
                        <td className="num">{group.onPlannedDay}</td>
                        <td className="num">{group.early}</td>
                        <td className="num">{group.late}</td>
                        <td className={`num ${group.share >= figures.deliveryByMonth.target ? 'good' : 'bad'}`}>
                          {percent(group.share)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Section>
            <Section title={t.dashboard.repairTitle + ' – ' + t.dashboard.month}>
              <div className="table-wrap">
                <table data-testid="repairs-by-month">
                  <thead>
                    <tr>
                      <th scope="col">{t.dashboard.month}</th>
                      <th scope="col" className="num">
                        {t.dashboard.completed}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.withinFive}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.share}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.repairsByMonth.groups.length === 0 && (
                      <tr>
                        <td colSpan={4}>{t.dashboard.noData}</td>
                      </tr>
                    )}
                    {figures.repairsByMonth.groups.map((group) => (
                      <tr key={group.key} data-key={group.key}>
                        <th scope="row">{group.key}</th>
                        <td className="num">{group.completed}</td>
                        <td className="num">{group.withinFiveWorkingDays}</td>
                        <td className={`num ${group.share >= figures.repairsByMonth.target ? 'good' : 'bad'}`}>
                          {percent(group.share)}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </Section>
          </div>
          <Section title={t.dashboard.byMunicipality}>
            {figures.deliveryByMunicipality.groups.length === 0 ? (
              <p>{t.dashboard.noData}</p>
            ) : (
              <div className="table-wrap">
                <table data-testid="delivery-by-municipality">
                  <thead>
                    <tr>
                      <th scope="col">{t.dashboard.municipality}</th>
                      <th scope="col" className="num">
                        {t.dashboard.deliveries}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.onPlannedDay}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.early}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.late}
                      </th>
                      <th scope="col" className="num">
                        {t.dashboard.share}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {figures.deliveryByMunicipality.groups.map((group) => (
                      <tr key={group.key} data-key={group.key}>
                        <th scope="row">{group.key}</th>
                        <td className="num">{group.deliveries}</td>
                        <td className="num">{group.onPlannedDay}</td>
                        <td className="num">{group.early}</td>
                        <td className="num">{group.late}</td>
                        <td className={`num ${group.share >= figures.deliveryByMunicipality.target ? 'good' : 'bad'}`}>
                          {percent(group.share)}{' '}
                          <span className="sr-only">
                            {group.share >= figures.deliveryByMunicipality.target
                              ? t.dashboard.meetsTarget
                              : t.dashboard.belowTarget}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </Section>
          <Section title={t.dashboard.stockTitle}>
            <div className="inline-form">
              <Field label={t.dashboard.lowThreshold}>
                {(props) => (
                  <input
                    {...props}
                    type="number"
                    name="lowAt"
                    min={0}
                    value={lowAt}
                    onChange={(event) => setLowAt(Math.max(0, Number(event.target.value) || 0))}
                  />
                )}
              </Field>
              <label className="checkbox">
                <input type="checkbox" checked={lowOnly} onChange={(event) => setLowOnly(event.target.checked)} />
                {t.dashboard.lowOnly}
              </label>
            </div>
            <p className={lowCount > 0 ? 'notice notice-warning' : 'muted'} data-testid="low-count">
              {t.dashboard.lowCount(lowCount)}
            </p>
            <div className="table-wrap">
              <table data-testid="stock">
                <thead>
                  <tr>
                    <th scope="col">{t.asset.article}</th>
                    <th scope="col">{t.asset.location}</th>
                    <th scope="col" className="num">
                      {t.dashboard.ready}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.allocatedCol}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.inTransit}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.onLoan}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.awaiting}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.scrapped}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {stockRows.map((row) => (
                    <tr
                      key={`${row.articleNo}-${row.location}`}
                      className={isLow(row) ? 'low' : undefined}
                      data-article={row.articleNo}
                      data-location={row.location}
                    >
                      <th scope="row">
                        {row.articleNo} {articleName(row.articleNo)}
                        {isLow(row) && <span className="badge badge-low">{t.dashboard.low}</span>}
                      </th>
                      <td>{row.location}</td>
                      <td className="num">{row.ready}</td>
                      <td className="num">{row.allocated}</td>
                      <td className="num">{row.inTransit}</td>
                      <td className="num">{row.onLoan}</td>
                      <td className="num">{row.awaitingReconditioning}</td>
                      <td className="num">{row.scrapped}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {consumableRows.length > 0 && (
              <>
                <h3>{t.dashboard.consumablesTitle}</h3>
                <div className="table-wrap">
                  <table data-testid="consumable-stock">
                    <thead>
                      <tr>
                        <th scope="col">{t.asset.article}</th>
                        <th scope="col">{t.asset.location}</th>
                        <th scope="col" className="num">
                          {t.dashboard.onHand}
                        </th>
                      </tr>
                    </thead>
                    <tbody>
                      {consumableRows.map((row) => (
                        <tr key={`${row.articleNo}-${row.location}`} className={isLow(row) ? 'low' : undefined}>
                          <th scope="row">
                            {row.articleNo} {articleName(row.articleNo)}
                            {isLow(row) && <span className="badge badge-low">{t.dashboard.low}</span>}
                          </th>
                          <td>{row.location}</td>
                          <td className="num">{row.quantityOnHand ?? 0}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </>
            )}
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
            <div className="table-wrap">
              <table data-testid="projection-lag">
                <thead>
                  <tr>
                    <th scope="col">{t.dashboard.projection}</th>
                    <th scope="col" className="num">
                      {t.dashboard.version}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.lagEvents}
                    </th>
                    <th scope="col" className="num">
                      {t.dashboard.lagMs}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {readiness.projections.map((projection) => (
                    <tr key={projection.name}>
                      <th scope="row">{projection.name}</th>
                      <td className="num">{projection.version}</td>
                      <td className="num">
                        {projection.lagEvents === 0 ? t.dashboard.upToDate : projection.lagEvents}
                      </td>
                      <td className="num">
                        {projection.lagEvents === 0 ? t.none : `${Math.round(projection.lagMs)} ms`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </Section>
    </div>
  );
};
