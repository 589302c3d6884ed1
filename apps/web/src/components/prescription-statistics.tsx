import { useEffect, useState } from 'react';
import type { PrescriptionGroup, PrescriptionGroupBy, PrescriptionStatistics } from '../api/api-client.js';
import { formatPercent, useI18n } from '../i18n/i18n.js';
import { ExportButtons } from './export-buttons.js';
import { Table, type Column } from './table.js';
import { Field, Notice, Section, useAction, useApi } from './ui.js';

const GROUPINGS: PrescriptionGroupBy[] = ['sex', 'municipality', 'isoClass', 'ageBand'];
const SEXES = ['female', 'male', 'other', 'unknown'] as const;

/** Orders placed by sex for the dashboard's period; a suppressed count shows as "–", explained below the table. */
export const PrescriptionStatisticsSection = ({ range }: { range: { from: string; to: string } }) => {
  const { t, language } = useI18n();
  const api = useApi();
  const [groupBy, setGroupBy] = useState<PrescriptionGroupBy>('sex');
  const [statistics, setStatistics] = useState<PrescriptionStatistics | null>(null);
  const loader = useAction();
  const s = t.statistics;

  useEffect(() => {
    void loader.run(async () => setStatistics(await api.prescriptionStatistics({ ...range, groupBy })));
  }, [api, range.from, range.to, groupBy]);

  const figure = (value: number | null) =>
    value === null ? (
      <>
        <span aria-hidden="true">–</span>
        <span className="sr-only">{s.suppressedCell}</span>
      </>
    ) : (
      value
    );
  const keyText = (key: string) =>
    groupBy === 'sex' ? s.sexes[key as (typeof SEXES)[number]] : key === 'unknown' ? s.unknownKey : key;
  const columns: Column<PrescriptionGroup>[] = [
    { header: s.groupings[groupBy], rowHeader: true, cell: (group) => keyText(group.key) },
    ...SEXES.map((sex) => ({
      header: s.sexes[sex],
      numeric: true,
      cell: (group: PrescriptionGroup) => figure(group[sex]),
    })),
    { header: s.total, numeric: true, cell: (group) => figure(group.total) },
  ];

  return (
    <Section title={s.title}>
      <div className="inline-form">
        <Field label={s.groupBy}>
          {(props) => (
            <select
              {...props}
              name="statisticsGroupBy"
              value={groupBy}
              onChange={(event) => setGroupBy(event.target.value as PrescriptionGroupBy)}
            >
              {GROUPINGS.map((value) => (
                <option key={value} value={value}>
                  {s.groupings[value]}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Notice outcome={loader.outcome} />
      {statistics && (
        <>
          <Table
            testId="prescription-statistics"
            columns={columns}
            rows={statistics.groups}
            rowKey={(group) => group.key}
            rowAttributes={(group) => ({ 'data-key': group.key })}
            empty={t.dashboard.noData}
          />
          <p className="muted" data-testid="suppression-note">
            {s.suppressionNote}
          </p>
          <p data-testid="unknown-share">
            {statistics.unknownShare === null
              ? s.unknownShareSuppressed
              : s.unknownShare(formatPercent(statistics.unknownShare, language))}
          </p>
          <ExportButtons
            name="prescription-statistics"
            what={s.exportWhat(s.groupings[groupBy])}
            query={{ ...range, groupBy }}
          />
        </>
      )}
    </Section>
  );
};
