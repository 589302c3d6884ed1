import { useEffect, useState } from 'react';
import type { FittingGroup, FittingMetrics } from '../api/api-client.js';
import { formatPercent, useI18n } from '../i18n/i18n.js';
import { ExportButtons } from './export-buttons.js';
import { ShareChart } from './share-chart.js';
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
  const meets = (group: FittingGroup) => group.share >= target;
  return (
    <Section title={title} className="kpi">
      <p className="kpi-target">{t.dashboard.target(percent(target))}</p>
      <p className="muted">{t.fittingKpi.hint}</p>
      <ShareChart title={title} target={target} groups={groups} testId="fitting-chart" />
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
