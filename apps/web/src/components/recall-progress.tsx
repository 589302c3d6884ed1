import { useEffect, useState } from 'react';
import type { RecallSummary } from '../api/api-client.js';
import { formatDay, useI18n } from '../i18n/i18n.js';
import { Table } from './table.js';
import { Notice, Section, useAction, useApi } from './ui.js';

/** Every recall with its progress: affected, done, remaining (from the recalls read model). */
export const RecallProgress = () => {
  const { t, language } = useI18n();
  const api = useApi();
  const load = useAction();
  const [recalls, setRecalls] = useState<RecallSummary[]>([]);
  const { run } = load;
  useEffect(() => {
    void run(async () => setRecalls((await api.recalls()).items));
  }, [api, run]);
  return (
    <Section title={t.recalls.progressTitle} className="recall-progress">
      <Notice outcome={load.outcome} />
      <Table
        testId="recall-progress"
        rows={recalls}
        rowKey={(recall) => recall.recallId}
        empty={t.recalls.none}
        columns={[
          { header: t.recalls.title, cell: (recall) => recall.title, rowHeader: true },
          { header: t.recalls.article, cell: (recall) => recall.articleNo },
          { header: t.recalls.lots, cell: (recall) => recall.lots?.join(', ') ?? t.recalls.allLots },
          { header: t.recalls.issuedOn, cell: (recall) => formatDay(recall.issuedOn, language) },
          { header: t.recalls.action, cell: (recall) => t.recalls.actions[recall.action] ?? recall.action },
          { header: t.recalls.affected, cell: (recall) => recall.affected, numeric: true },
          { header: t.recalls.done, cell: (recall) => recall.done, numeric: true },
          { header: t.recalls.remaining, cell: (recall) => recall.remaining, numeric: true },
        ]}
      />
    </Section>
  );
};
