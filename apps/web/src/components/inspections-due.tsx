import { useEffect, useState } from 'react';
import type { InspectionDue } from '../api/api-client.js';
import { Day, useI18n } from '../i18n/i18n.js';
import { Table } from './table.js';
import { InputField, Notice, Section, todayInStockholm, useAction, useApi } from './ui.js';

type DueItem = InspectionDue;

const inDays = (day: string, days: number): string => {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

/** The due list: aids in stock and on loan whose inspection falls due before a day, soonest first. */
export const InspectionsDue = () => {
  const { t } = useI18n();
  const api = useApi();
  const load = useAction();
  const [before, setBefore] = useState(() => inDays(todayInStockholm(), 30));
  const [municipality, setMunicipality] = useState('');
  const [items, setItems] = useState<DueItem[]>([]);

  // The list asked for: set on submit, so typing does not reload it.
  const [query, setQuery] = useState({ before, municipality: '' });
  const { run } = load;
  useEffect(() => {
    void run(async () => {
      const answer = await api.inspectionsDue({
        before: query.before,
        ...(query.municipality ? { municipality: query.municipality } : {}),
      });
      setItems(answer.items);
    });
  }, [api, query, run]);

  return (
    <Section title={t.inspections.dueTitle}>
      <form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery({ before, municipality: municipality.trim() });
        }}
      >
        <InputField type="date" label={t.inspections.before} value={before} onValueChange={setBefore} required />
        <InputField label={t.inspections.municipality} value={municipality} onValueChange={setMunicipality} />
        <button type="submit" disabled={load.busy}>
          {t.show}
        </button>
      </form>
      <Notice outcome={load.outcome} />
      <p data-testid="inspections-due-count">{t.inspections.count(items.length)}</p>
      <Table<DueItem>
        testId="inspections-due"
        columns={[
          { header: t.inspections.unit, rowHeader: true, cell: (item) => item.unitNumber ?? item.assetId.slice(0, 8) },
          { header: t.inspections.article, cell: (item) => item.articleNo },
          { header: t.inspections.where, cell: (item) => item.location ?? item.holderMunicipality ?? t.none },
          {
            header: t.inspections.dueOn,
            className: (item) => (item.overdue ? 'bad' : ''),
            cell: (item) => (
              <>
                <Day value={item.dueOn} />
                {item.overdue && <span className="badge badge-overdue"> {t.inspections.overdue}</span>}
              </>
            ),
          },
          {
            header: t.inspections.outOfService,
            cell: (item) => (item.outOfService ? <strong>{t.inspections.outOfService}</strong> : t.none),
          },
        ]}
        rows={items}
        rowKey={(item) => item.assetId}
        rowAttributes={(item) => ({ 'data-asset-id': item.assetId, 'data-overdue': String(item.overdue) })}
        empty={t.inspections.none}
      />
    </Section>
  );
};
