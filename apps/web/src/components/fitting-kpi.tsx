import { useEffect, useState } from 'react';
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
import type { FittingGroup, FittingMetrics } from '../api/api-client.js';
import { formatPercent, useI18n } from '../i18n/i18n.js';
import { ExportButtons } from './export-buttons.js';
import { Table } from './table.js';
import { Notice, Section, useAction, useApi } from './ui.js';

/**
 * The board's third KPI beside the dashboard's other two: persons offered a fitting within 15 working days, per
 * month of the request, with its 80 % target line. It reads its own figures for the dashboard's range.
 */
export const FittingKpi = ({ range }: { range: { from: string; to: string } }) => {
  const { t, language } = useI18n();
  const api = useApi();
  const loader = useAction();
  const [metrics, setMetrics] = useState<FittingMetrics | null>(null);
  const { from, to } = range;

  useEffect(() => {
    void loader.run(async () => setMetrics(await api.fittingMetrics({ from, to })));
  }, [api, from, to]);

  const percent = (value: number) => formatPercent(value, language);
  const title = t.fittingKpi.title;
  if (!metrics) return <Notice outcome={loader.outcome} />;
  const { target, groups } = metrics;
  const lowest = Math.min(target, ...groups.map((group) => group.share));
  const floor = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
  const meets = (group: FittingGroup) => group.share >= target;
  return (
    <Section title={title} className="kpi">
      <p className="kpi-target">{t.dashboard.target(percent(target))}</p>
      <p className="muted">{t.fittingKpi.hint}</p>
      {groups.length === 0 ? (
        <p>{t.dashboard.noData}</p>
      ) : (
        <div
          className="chart"
          data-testid="fitting-chart"
          role="img"
          aria-label={`${title}: ${groups.map((group) => `${group.key} ${percent(group.share)}`).join(', ')}`}
        >
          <ResponsiveContainer width="100%" height={260}>
            <ComposedChart data={groups} margin={{ top: 12, right: 16, bottom: 4, left: 0 }}>
              <CartesianGrid strokeDasharray="3 3" stroke="#d5dbe3" />
              <XAxis dataKey="key" padding={{ left: 16, right: 16 }} tick={{ fill: '#1f2a37', fontSize: 12 }} />
              <YAxis domain={[floor, 1]} tickFormatter={percent} tick={{ fill: '#1f2a37', fontSize: 12 }} width={56} />
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
      )}
      <Table<FittingGroup>
        testId="fittings-by-month"
        columns={[
          { header: t.dashboard.month, rowHeader: true, cell: (group) => group.key },
          { header: t.fittingKpi.requests, numeric: true, cell: (group) => group.requests },
          { header: t.fittingKpi.offeredWithin, numeric: true, cell: (group) => group.offeredWithin15WorkingDays },
          {
            header: t.dashboard.share,
            numeric: true,
            className: (group) => (meets(group) ? 'good' : 'bad'),
            cell: (group) => (
              <>
                {percent(group.share)}{' '}
                <span className="sr-only">{meets(group) ? t.dashboard.meetsTarget : t.dashboard.belowTarget}</span>
              </>
            ),
          },
        ]}
        rows={groups}
        rowKey={(group) => group.key}
        rowAttributes={(group) => ({ 'data-key': group.key })}
        empty={t.dashboard.noData}
      />
      <ExportButtons name="fitting-metrics" what={t.fittingKpi.download} query={range} />
    </Section>
  );
};
