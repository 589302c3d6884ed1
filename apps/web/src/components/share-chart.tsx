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
import { formatPercent, useI18n } from '../i18n/i18n.js';

/**
 * A KPI's share per group (month or municipality) as a line, with its target as a dashed line: the chart every
 * KPI on the dashboard draws. Its accessible name reads every share, so the figure is not only a picture.
 */
export const ShareChart = ({
  title,
  target,
  groups,
  testId,
}: {
  title: string;
  target: number;
  groups: { key: string; share: number }[];
  testId: string;
}) => {
  const { t, language } = useI18n();
  const percent = (value: number) => formatPercent(value, language);
  if (groups.length === 0) return <p>{t.dashboard.noData}</p>;
  // Shares near the target differ by a few percent: start the axis just below the lowest value so the gap shows.
  const lowest = Math.min(target, ...groups.map((group) => group.share));
  const floor = Math.max(0, Math.floor((lowest - 0.05) * 10) / 10);
  return (
    <div
      className="chart"
      data-testid={testId}
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
  );
};
